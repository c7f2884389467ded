using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>Every bad target request is a 4xx problem naming the field and saying what failed; nothing is written.</summary>
public sealed class TargetBadInputTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Url = "/api/v1/targets";

    private async Task<Problem> RefusedAsync(object body, string field)
    {
        var problem = await (await Client.PostJsonAsync(Url, body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("urn:doublerandom:problem:validation", problem.Type);
        Assert.Contains(field, problem.Errors!.Keys);
        Assert.Equal(0, await Fixture.CountRowsAsync("targets"));
        return problem;
    }

    [Theory]
    [InlineData("91350100M000100Y44", "第 18 位校验码应为 3")]
    [InlineData("9135I100M000100Y43", "第 5 位字符 'I' 不在允许的字符集内")]
    [InlineData("913A0100M000100Y43", "第 4 位字符 'A' 应为数字")]
    [InlineData("91350100M000100Y4", "统一社会信用代码应为 18 位，实际为 17 位")]
    public async Task Invalid_credit_codes_say_which_position_or_check_failed(string code, string message)
    {
        await Client.SeedOrganizationAsync();
        var problem = await RefusedAsync(RosterApi.TargetBody(code), "code");
        Assert.Contains(problem.Errors!["code"], m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Messages_are_English_when_asked()
    {
        await Client.SeedOrganizationAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = System.Net.Http.Json.JsonContent.Create(RosterApi.TargetBody("91350100M000100Y44")) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await (await Client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("check character (position 18) should be 3", problem.Errors!["code"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PRD-64010-1", "格式应为 PRD-")]
    [InlineData("XYZ-640104-1", "统一社会信用代码应为 18 位")]
    public async Task Designed_codes_are_checked_against_their_scheme(string code, string message)
    {
        await Client.SeedOrganizationAsync();
        var problem = await RefusedAsync(RosterApi.TargetBody(code), "code");
        Assert.Contains(problem.Errors!["code"], m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tag_list_longer_than_its_column_is_a_field_error_in_the_API_and_in_an_import()
    {
        await Client.SeedOrganizationAsync();
        // 50 tags of 40 characters each pass the per-item rules, but joined they exceed the 1000-character column.
        var tags = Enumerable.Range(0, 50).Select(i => $"{i:D2}{new string('标', 38)}").ToArray();
        var problem = await RefusedAsync(RosterApi.TargetBody(RosterApi.Code(1), tags: tags), "tags");
        Assert.Contains("1000", problem.Errors!["tags"][0], StringComparison.Ordinal);

        var job = await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(1) + ImportFiles.TargetLine(2, tags: string.Join(';', tags)) + "\n"), "t.csv");
        Assert.Equal(("rejected", 1L), (job.Status, job.ErrorCount));
        Assert.Contains("3,分类标注,合计不能超过 1000 个字符", await Client.ReportAsync(job), StringComparison.Ordinal);
        Assert.Equal(0, await Fixture.CountRowsAsync("targets"));
    }

    [Fact]
    public async Task A_product_code_for_an_enterprise_kind_names_the_prefix()
    {
        await Client.SeedOrganizationAsync();
        var body = new { code = "PRD-640104-1", kind = "project", name = "项目", regionCode = "640104" };
        var problem = await RefusedAsync(body, "code");
        Assert.Contains("PRJ-", problem.Errors!["code"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_departments_future_dates_negative_capital_and_bad_weights_are_field_errors()
    {
        await Client.SeedOrganizationAsync();
        var body = new
        {
            code = RosterApi.Code(1), name = "甲", regionCode = "640104", departmentCodes = new[] { "amr", "nosuch" },
            registrationDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            registeredCapital = -1m, weight = 1_000_001,
        };
        var problem = await (await Client.PostJsonAsync(Url, body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["departmentCodes", "registeredCapital", "registrationDate", "weight"], problem.Errors!.Keys.Order());
        Assert.Equal(0, await Fixture.CountRowsAsync("targets"));
    }

    [Theory]
    [InlineData("649999", "regionCode")]
    [InlineData("64010", "regionCode")]
    public async Task Regions_outside_the_Ningxia_list_are_refused(string region, string field)
    {
        await Client.SeedOrganizationAsync();
        await RefusedAsync(RosterApi.TargetBody(RosterApi.Code(1), region: region), field);
    }

    [Theory]
    [InlineData("C", "51", "industryDivision")]
    [InlineData("Z", null, "industrySection")]
    [InlineData(null, "99", "industryDivision")]
    public async Task Industry_divisions_must_lie_in_their_section(string? section, string? division, string field)
    {
        await Client.SeedOrganizationAsync();
        await RefusedAsync(RosterApi.TargetBody(RosterApi.Code(1), section: section, division: division), field);
    }

    [Fact]
    public async Task A_duplicate_code_is_a_conflict()
    {
        await Client.SeedOrganizationAsync();
        await Client.CreateTargetAsync(RosterApi.TargetBody(RosterApi.Code(1)));
        var problem = await (await Client.PostJsonAsync(Url, RosterApi.TargetBody(RosterApi.Code(1)))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("duplicate-code", problem.Code);
    }

    [Theory]
    [InlineData("kind=company")]
    [InlineData("riskTier=E")]
    [InlineData("regionPrefix=64A")]
    [InlineData("sort=secret")]
    [InlineData("pageSize=501")]
    [InlineData("department=a%25b")]
    public async Task Bad_search_parameters_are_400(string query) =>
        await (await Client.GetAsync($"{Url}?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Unknown_fields_and_wrong_enum_values_are_malformed_requests()
    {
        var unknown = await Client.PostAsync(Url, Http.JsonBody("""{"code":"X","name":"x","regionCode":"640104","colour":"red"}"""));
        Assert.Equal("urn:doublerandom:problem:malformed-request", (await unknown.ReadProblemAsync(HttpStatusCode.BadRequest)).Type);
        var badEnum = await Client.PostAsync(Url, Http.JsonBody("""{"code":"X","name":"x","regionCode":"640104","riskTier":"E"}"""));
        Assert.Equal("urn:doublerandom:problem:malformed-request", (await badEnum.ReadProblemAsync(HttpStatusCode.BadRequest)).Type);
        Assert.Equal(0, await Fixture.CountRowsAsync("targets"));
    }
}
