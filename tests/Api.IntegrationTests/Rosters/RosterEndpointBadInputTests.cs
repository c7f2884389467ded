using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>Every roster endpoint answers bad input with a 4xx problem, and writes nothing.</summary>
public sealed class RosterEndpointBadInputTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Theory]
    [InlineData("GET", "/api/v1/targets/{0}")]
    [InlineData("PUT", "/api/v1/targets/{0}")]
    [InlineData("DELETE", "/api/v1/targets/{0}")]
    [InlineData("POST", "/api/v1/targets/{0}/retire")]
    [InlineData("GET", "/api/v1/officers/{0}")]
    [InlineData("PUT", "/api/v1/officers/{0}")]
    [InlineData("GET", "/api/v1/recusals/{0}")]
    [InlineData("PUT", "/api/v1/recusals/{0}")]
    [InlineData("DELETE", "/api/v1/recusals/{0}")]
    [InlineData("GET", "/api/v1/import-jobs/{0}")]
    [InlineData("GET", "/api/v1/import-jobs/{0}/report")]
    public async Task Unknown_ids_are_404(string method, string url)
    {
        await Client.SeedOrganizationAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, url, Guid.NewGuid()));
        if (method == "PUT")
        {
            // A valid body, so the 404 is about the id and not the body.
            request.Content = Http.JsonBody(url.Contains("targets", StringComparison.Ordinal)
                ? """{"name":"甲","regionCode":"640104"}"""
                : url.Contains("officers", StringComparison.Ordinal)
                    ? $$"""{"name":"甲","unitId":"{{await UnitIdAsync()}}","departmentCode":"amr"}"""
                    : """{"reason":"kinship","validFrom":"2026-01-01"}""");
        }

        await (await Client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_updates_are_field_errors_and_change_nothing()
    {
        await Client.SeedOrganizationAsync();
        var target = await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(1)));
        var problem = await (await Client.PutJsonAsync($"/api/v1/targets/{target.Id}", new { name = "", regionCode = "999", weight = 0, version = 0 }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["name", "regionCode", "version", "weight"], problem.Errors!.Keys.Order(StringComparer.Ordinal));
        var unchanged = await (await Client.GetAsync($"/api/v1/targets/{target.Id}")).ReadAsync<TargetDto>(HttpStatusCode.OK);
        Assert.Equal((1, "宁夏塞上商贸有限公司"), (unchanged.Version, unchanged.Name));
    }

    [Fact]
    public async Task Non_JSON_bodies_and_oversized_bodies_are_refused()
    {
        var notJson = await Client.PostAsync("/api/v1/targets", new StringContent("code=1", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        await notJson.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var broken = await Client.PostAsync("/api/v1/recusals", Http.JsonBody("{\"officerId\":"));
        await broken.ReadProblemAsync(HttpStatusCode.BadRequest);
        var huge = await Client.PostAsync("/api/v1/officers", Http.JsonBody($$"""{"name":"{{new string('x', 70_000)}}"}"""));
        await huge.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await Fixture.CountRowsAsync("officers"));
    }

    private async Task<Guid> UnitIdAsync()
    {
        var page = await (await Client.GetAsync("/api/v1/branch-units")).ReadAsync<Organization.Page<Organization.BranchUnitDto>>(HttpStatusCode.OK);
        return page.Items[0].Id;
    }

    [Theory]
    [InlineData("/api/v1/officers?status=leave,transferred", "status")]
    [InlineData("/api/v1/officers?status=7", "status")]
    [InlineData("/api/v1/targets/export?format=csv,xlsx", "format")]
    public async Task An_enum_query_value_is_one_defined_name_not_a_combination(string url, string field)
    {
        var problem = await (await Client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.Errors!.Keys);
    }

    [Fact]
    public async Task A_null_certificate_is_a_field_error_not_a_crash()
    {
        var unit = await RosterApi.SeedOrganizationAsync(Client);
        var body = $$"""{"number":"NX-1","name":"张伟","unitId":"{{unit}}","departmentCode":"amr","certificates":[null]}""";
        var problem = await (await Client.PostAsync("/api/v1/officers", Http.JsonBody(body))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("certificates[0]", problem.Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("officers"));
    }
}
