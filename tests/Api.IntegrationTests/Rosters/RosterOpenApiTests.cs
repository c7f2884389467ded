using System.Net;
using System.Text.Json.Nodes;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

public sealed class RosterOpenApiTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task The_OpenAPI_document_names_every_roster_operation_and_states_the_request_rules()
    {
        var response = await Client.GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => o.Value!["operationId"]?.GetValue<string>()))
            .ToHashSet(StringComparer.Ordinal);
        string[] expected =
        [
            "SearchTargets", "GetTarget", "CreateTarget", "UpdateTarget", "RetireTarget", "DeleteTarget", "ImportTargets", "ExportTargets",
            "SearchOfficers", "GetOfficer", "CreateOfficer", "UpdateOfficer", "ImportOfficers", "ExportOfficers",
            "ListRecusals", "GetRecusal", "CreateRecusal", "UpdateRecusal", "DeleteRecusal", "ImportRecusals", "ListImportJobs", "GetImportJob", "GetImportReport",
            "ListRegions", "ListIndustries", "ListRosterEnums",
        ];
        Assert.All(expected, name => Assert.Contains(name, operations));

        var officer = document["components"]!["schemas"]!["CreateOfficerCommand"]!;
        var required = officer["required"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains("number", required);
        Assert.Contains("unitId", required);
        Assert.Equal(64, officer["properties"]!["number"]!["maxLength"]!.GetValue<int>());
    }
}
