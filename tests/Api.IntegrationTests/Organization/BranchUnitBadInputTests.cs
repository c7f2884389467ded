using System.Net;
using System.Text;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Organization;

/// <summary>Every bad request gets a 4xx problem+json naming the field, and nothing is written.</summary>
public sealed class BranchUnitBadInputTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string Url = "/api/v1/branch-units";

    private async Task AssertNothingWrittenAsync() => Assert.Equal(0, await Fixture.CountRowsAsync("branch_units"));

    [Theory]
    [InlineData("{}", new[] { "code", "name", "regionCode" })]
    [InlineData("""{"code":"","name":"x","regionCode":"640100"}""", new[] { "code" })]
    [InlineData("""{"code":"has space","name":"x","regionCode":"640100"}""", new[] { "code" })]
    [InlineData("""{"code":"X","name":" padded ","regionCode":"640100"}""", new[] { "name" })]
    [InlineData("""{"code":"X","name":"x","regionCode":"64010"}""", new[] { "regionCode" })]
    [InlineData("""{"code":"X","name":"x","regionCode":"64A100"}""", new[] { "regionCode" })]
    public async Task Invalid_fields_are_named_in_a_validation_problem(string json, string[] fields)
    {
        var response = await Client.PostAsync(Url, Http.JsonBody(json));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("urn:doublerandom:problem:validation", problem.Type);
        Assert.Equal(fields.Order(), problem.Errors!.Keys.Order());
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Too_long_names_and_codes_are_refused()
    {
        var response = await Client.PostJsonAsync(Url, new { code = new string('C', 33), name = new string('名', 101), regionCode = "640100" });
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("code", problem.Errors!.Keys);
        Assert.Contains("name", problem.Errors.Keys);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_duplicate_code_is_a_conflict_on_the_code_field()
    {
        await Client.PostJsonAsync(Url, new { code = "NX-1", name = "一", regionCode = "640100" });
        var response = await Client.PostJsonAsync(Url, new { code = "NX-1", name = "二", regionCode = "640100" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("duplicate-code", problem.Code);
        Assert.Contains("code", problem.Errors!.Keys);
        Assert.Equal(1, await Fixture.CountRowsAsync("branch_units"));
    }

    [Fact]
    public async Task Concurrent_creates_of_one_code_leave_exactly_one_unit()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Client.PostJsonAsync(Url, new { code = "RACE", name = $"并发{i}", regionCode = "640100" })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created),
            r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await Fixture.CountRowsAsync("branch_units"));
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        var id = Guid.NewGuid();
        await (await Client.GetAsync($"{Url}/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.PutJsonAsync($"{Url}/{id}", new { name = "x", regionCode = "640100" })).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.PostAsync($"{Url}/{id}/retire", null)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_parent_is_a_field_error()
    {
        var response = await Client.PostJsonAsync(Url, new { code = "X", name = "x", regionCode = "640100", parentId = Guid.NewGuid() });
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("parentId", problem.Errors!.Keys);
        await AssertNothingWrittenAsync();
    }

    [Theory]
    [InlineData("""{"code":"X","name":"x","regionCode":""", "body")]
    [InlineData("""{"code":12,"name":"x","regionCode":"640100"}""", "code")]
    [InlineData("""{"code":"X","name":"x","regionCode":"640100","parentId":"not-a-guid"}""", "parentId")]
    [InlineData("""{"code":"X","nme":"x","regionCode":"640100"}""", "nme")]
    [InlineData("""[1,2,3]""", "body")]
    public async Task Malformed_json_or_wrong_types_are_a_bad_request_naming_the_field(string json, string field)
    {
        var response = await Client.PostAsync(Url, Http.JsonBody(json));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("urn:doublerandom:problem:malformed-request", problem.Type);
        Assert.True(field == "body" || problem.Errors!.ContainsKey(field), $"errors: {string.Join(",", problem.Errors?.Keys.ToArray() ?? [])}");
        Assert.DoesNotContain("DoubleRandom.", problem.Detail ?? string.Empty, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_unsupported_media_type()
    {
        var response = await Client.PostAsync(Url, new StringContent("code=X", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task An_oversize_body_is_refused_before_it_is_read()
    {
        var huge = $$"""{"code":"X","name":"{{new string('x', 70_000)}}","regionCode":"640100"}""";
        var response = await Client.PostAsync(Url, Http.JsonBody(huge));
        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingWrittenAsync();
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("sort=password", "sort")]
    [InlineData("regionPrefix=64x", "regionPrefix")]
    public async Task Bad_list_parameters_are_field_errors(string query, string field)
    {
        var response = await Client.GetAsync($"{Url}?{query}");
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.Errors!.Keys);
    }

    [Fact]
    public async Task A_query_parameter_of_the_wrong_type_is_a_bad_request()
    {
        var response = await Client.GetAsync($"{Url}?page=abc");
        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }
}
