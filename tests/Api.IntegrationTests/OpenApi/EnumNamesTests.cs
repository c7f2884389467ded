using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.OpenApi;

/// <summary><c>GET /reference/enums</c> names every value of every enum schema of the OpenAPI document, in the request's language.</summary>
public sealed class EnumNamesTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Every_enum_schema_of_the_document_has_a_display_name_for_every_value()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var schemas = document["components"]!["schemas"]!.AsObject()
            .Where(s => s.Value?["enum"] is JsonArray)
            .Select(s => (Name: s.Key.Replace("NullableOf", "", StringComparison.Ordinal),
                Values: s.Value!["enum"]!.AsArray().Where(v => v is not null).Select(v => v!.GetValue<string>()).ToList()))
            .ToList();
        Assert.NotEmpty(schemas);
        var names = await EnumsAsync(null);

        Assert.All(schemas, schema =>
        {
            Assert.True(names.ContainsKey(schema.Name), $"no display names for the enum schema {schema.Name}");
            var missing = schema.Values.Except(names[schema.Name].Keys).ToList();
            Assert.True(missing.Count == 0, $"{schema.Name}: no display name for {string.Join(", ", missing)}");
        });
        Assert.Contains("DrawStatus", schemas.Select(s => s.Name));
        Assert.Contains("InspectionTaskStatus", schemas.Select(s => s.Name));
    }

    [Fact]
    public async Task Names_are_Chinese_by_default_and_English_with_Accept_Language_en()
    {
        var chinese = await EnumsAsync(null);
        var english = await EnumsAsync("en");

        Assert.Equal("已抽取", chinese["InspectionTaskStatus"]["drawn"]);
        Assert.Equal("Drawn", english["InspectionTaskStatus"]["drawn"]);
        Assert.Equal("工作冲突", chinese["AmendmentReason"]["workConflict"]);
        Assert.Equal("Work conflict", english["AmendmentReason"]["workConflict"]);
        Assert.Equal("监督人", chinese["Role"]["supervisor"]);
        Assert.Equal("Supervisor", english["Role"]["supervisor"]);
        Assert.Equal("已抽取并封存", chinese["DrawStatus"]["sealed"]);
        Assert.Equal("执行抽取", chinese["ConfirmableAction"]["draw.execute"]);
        Assert.Equal("未公示", chinese["BundleVerificationStatus"]["not-published"]);
        Assert.All(chinese.Values.SelectMany(v => v.Values), name => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}|^[A-Z]+$", name));
        Assert.Equal(chinese.Keys.Order(), english.Keys.Order());
    }

    private async Task<Dictionary<string, Dictionary<string, string>>> EnumsAsync(string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reference/enums");
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateArray().ToDictionary(
            e => e.GetProperty("schema").GetString()!,
            e => e.GetProperty("values").EnumerateArray().ToDictionary(
                v => v.GetProperty("value").GetString()!,
                v => v.GetProperty("name").GetString()!));
    }
}
