using System.Text.Json.Nodes;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.OpenApi;

/// <summary>
/// Every JSON request body carries an example, and so do the 2xx responses of the main reads: a front-end developer sees
/// a realistic body next to each schema (the lint test checks that every example is valid against its schema).
/// </summary>
public sealed class OperationExampleTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static readonly string[] MainReads =
    [
        "GetTask", "ListTasks", "GetDraw", "ListDraws", "GetDrawResult", "SearchTargets", "GetImportJob", "CheckTaskFeasibility",
        "ListEnums", "PublicListDraws", "PublicGetDraw", "PublicCheckTarget", "PublicGetDrawResult",
    ];

    [Fact]
    public async Task Every_json_request_body_has_an_example()
    {
        var operations = await OperationsAsync();
        // A JSON file uploaded as it is (the public bundle to verify) is a binary body, not one a client writes.
        var withBody = operations
            .Where(o => o.Operation["requestBody"]?["content"]?["application/json"] is { } json && json["schema"]?["format"]?.GetValue<string>() != "binary")
            .ToList();
        Assert.True(withBody.Count >= 25, $"only {withBody.Count} operations with a JSON body");
        var lacking = withBody
            .Where(o => o.Operation["requestBody"]!["content"]!["application/json"]!["example"] is null)
            .Select(o => o.Name)
            .ToList();
        Assert.True(lacking.Count == 0, "no request example:\n" + string.Join("\n", lacking));
    }

    [Fact]
    public async Task The_main_reads_have_a_response_example()
    {
        var operations = (await OperationsAsync()).ToDictionary(o => o.Id, StringComparer.Ordinal);
        var lacking = MainReads
            .Where(id => !operations.TryGetValue(id, out var o) || o.Operation["responses"]!.AsObject()
                .Where(r => r.Key.StartsWith('2'))
                .All(r => r.Value?["content"]?["application/json"]?["example"] is null))
            .ToList();
        Assert.True(lacking.Count == 0, "no 2xx response example:\n" + string.Join("\n", lacking));
    }

    private async Task<List<(string Id, string Name, JsonNode Operation)>> OperationsAsync()
    {
        var paths = JsonNode.Parse(await Client.GetStringAsync(ServedDocument.Path))!["paths"]!.AsObject();
        return [.. paths.SelectMany(p => p.Value!.AsObject().Select(o =>
            (Id: o.Value!["operationId"]?.GetValue<string>() ?? "", Name: $"{o.Key.ToUpperInvariant()} {p.Key}", Operation: o.Value!)))];
    }
}
