using System.Text.Json.Nodes;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.OpenApi;

/// <summary>
/// Every operation says what it does in Chinese and English: a summary "中文 — English" and a description, a Chinese
/// paragraph then an English one (which may name Chinese file names, but starts in English).
/// </summary>
public sealed class OperationTextTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Every_operation_has_a_Chinese_and_English_summary_and_description()
    {
        var paths = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!["paths"]!.AsObject();
        var operations = paths.SelectMany(p => p.Value!.AsObject().Select(o => (Name: $"{o.Key.ToUpperInvariant()} {p.Key}", Operation: o.Value!))).ToList();
        Assert.True(operations.Count >= 90, $"only {operations.Count} operations");
        var lacking = operations
            .Where(o => o.Operation["summary"]?.GetValue<string>() is not { } summary
                || summary.Split(" — ") is not [var zh, var en] || !zh.Any(IsChinese) || !en.Any(char.IsAsciiLetter)
                || o.Operation["description"]?.GetValue<string>() is not { } description
                || description.Split("\n\n") is not [var zhText, var enText, ..] || !zhText.Any(IsChinese) || enText.Length == 0 || !char.IsAsciiLetter(enText[0]))
            .Select(o => o.Name)
            .ToList();
        Assert.True(lacking.Count == 0, string.Join("\n", lacking));
    }

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';
}
