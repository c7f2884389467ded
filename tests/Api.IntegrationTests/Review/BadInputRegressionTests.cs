using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Review;

/// <summary>Inputs found in review that once reached a 500 or a wrong answer: each is now a 4xx and writes nothing.</summary>
public sealed class BadInputRegressionTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static MultipartFormDataContent Upload(byte[] bytes, string name, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { content, "file", name } };
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
        var unit = await Rosters.RosterApi.SeedOrganizationAsync(Client);
        var body = $$"""{"number":"NX-1","name":"张伟","unitId":"{{unit}}","departmentCode":"amr","certificates":[null]}""";
        var problem = await (await Client.PostAsync("/api/v1/officers", Http.JsonBody(body))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("certificates[0]", problem.Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("officers"));
    }

    [Fact]
    public async Task Null_strata_and_scope_entries_are_field_errors_not_a_crash()
    {
        var body = """{"year":2026,"name":"任务","strata":[null],"targetScope":{"regionPrefixes":[null],"industries":[null]},"groups":1,"officersPerGroup":2,"targetsPerGroup":10}""";
        var problem = await (await Client.PostAsync("/api/v1/tasks", Http.JsonBody(body))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("strata[0]", problem.Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("inspection_tasks"));
    }

    [Fact]
    public async Task An_over_long_attachment_name_is_refused_before_anything_is_stored()
    {
        var name = new string('签', 300) + ".pdf";
        // A draw the operator can see (a draw outside their scope, or none, is a 404 before the name is looked at).
        var s = new Draws.DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync(targets: 40);
        var draw = await s.PrepareAsync((await s.CreateTaskAsync(Draws.DrawScenario.TaskBody(await s.CreateItemAsync()))).GetProperty("id").GetGuid());
        var response = await s.Operator.PostAsync(
            $"/api/v1/draws/{draw.GetProperty("id").GetGuid()}/attachments?kind=signedRecord", Upload(Encoding.ASCII.GetBytes("%PDF-1.7\n"), name, "application/pdf"));
        Assert.Contains("file", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("draw_attachments"));
    }

    [Fact]
    public async Task An_over_long_import_file_name_is_refused_and_queues_no_job()
    {
        var name = new string('a', 300) + ".csv";
        var response = await Client.PostAsync("/api/v1/targets/import?mode=dryRun", Upload(Encoding.UTF8.GetBytes("统一社会信用代码\n"), name, "text/csv"));
        Assert.Contains("file", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("import_jobs"));
    }

    [Fact]
    public async Task A_unit_scoped_officer_export_holds_only_the_callers_units()
    {
        var bureau = await Rosters.RosterApi.SeedOrganizationAsync(Client);
        async Task<Guid> Unit(string code)
        {
            using var unit = await (await Client.PostJsonAsync("/api/v1/branch-units", new { code, name = code, parentId = bureau, regionCode = "640100" }))
                .ReadAsync<JsonDocument>(HttpStatusCode.Created);
            return unit.RootElement.GetProperty("id").GetGuid();
        }

        var yinchuan = await Unit("YC");
        var wuzhong = await Unit("WZ");
        await Client.PostJsonAsync("/api/v1/officers", new { number = "NX-YC", name = "甲", unitId = yinchuan, departmentCode = "amr" });
        await Client.PostJsonAsync("/api/v1/officers", new { number = "NX-WZ", name = "乙", unitId = wuzhong, departmentCode = "amr" });

        using var scoped = Fixture.Factory.CreateClientAs("yc-operator", ["operator"], yinchuan);
        var csv = await (await scoped.GetAsync("/api/v1/officers/export?format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("NX-YC", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("NX-WZ", csv, StringComparison.Ordinal);
    }
}
