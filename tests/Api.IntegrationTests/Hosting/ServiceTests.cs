using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Hosting;

public sealed class ServiceTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Liveness_and_readiness_answer_when_the_database_is_up()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/health/live")).StatusCode);
        var ready = await Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("Healthy", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_are_Chinese_first_and_English_on_request()
    {
        var chinese = await (await Client.GetAsync($"/api/v1/departments/{Guid.NewGuid()}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("资源不存在", chinese.Title);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/departments/{Guid.NewGuid()}");
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var english = await (await Client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Not found", english.Title);
    }

    [Fact]
    public async Task A_callers_request_id_is_echoed_and_becomes_the_trace_id()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/branch-units/{Guid.NewGuid()}");
        request.Headers.Add("X-Request-Id", "client-req-42");
        var response = await Client.SendAsync(request);

        Assert.Equal("client-req-42", response.Headers.GetValues("X-Request-Id").Single());
        Assert.Equal("client-req-42", (await response.ReadProblemAsync(HttpStatusCode.NotFound)).TraceId);
    }

    [Fact]
    public async Task Unknown_routes_and_methods_are_problems_too()
    {
        await (await Client.GetAsync("/api/v1/no-such-thing")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await Client.DeleteAsync("/api/v1/departments")).ReadProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task The_API_description_and_Swagger_UI_are_open_without_a_token()
    {
        using var anonymous = Fixture.Factory.CreateClient();
        var document = await anonymous.GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        using var json = JsonDocument.Parse(await document.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/swagger/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/departments")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_slice_with_schemas_and_problem_responses()
    {
        var response = await Client.GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        var paths = root.GetProperty("paths");

        foreach (var path in new[] { "/api/v1/branch-units", "/api/v1/branch-units/{id}", "/api/v1/branch-units/{id}/retire",
                     "/api/v1/departments", "/api/v1/departments/{id}", "/api/v1/departments/{id}/retire" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"missing path {path}");
        }

        var create = paths.GetProperty("/api/v1/branch-units").GetProperty("post");
        Assert.True(create.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        var responses = create.GetProperty("responses");
        Assert.True(responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.GetProperty("409").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.TryGetProperty("201", out _));

        var schemas = root.GetProperty("components").GetProperty("schemas");
        foreach (var schema in new[] { "CreateBranchUnitCommand", "BranchUnitDto", "PagedResultOfBranchUnitDto", "Problem" })
        {
            Assert.True(schemas.TryGetProperty(schema, out _), $"missing schema {schema}");
        }

        // The bearer scheme is declared; protected operations list 401/403, sign-in does not need a token.
        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.True(schemes.TryGetProperty("PasswordLogin", out _));
        Assert.True(responses.TryGetProperty("401", out _));
        Assert.True(responses.TryGetProperty("403", out _));
        Assert.True(create.TryGetProperty("security", out _));
        Assert.Equal(0, paths.GetProperty("/api/v1/auth/login").GetProperty("post").GetProperty("security").GetArrayLength());

        // The validators' rules are stated in the schema, so a client knows what will be refused.
        var command = schemas.GetProperty("CreateBranchUnitCommand");
        Assert.Equal(["code", "name", "regionCode"], command.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order());
        Assert.Equal(100, command.GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32());
        Assert.Equal("^[1-9][0-9]{5}$", command.GetProperty("properties").GetProperty("regionCode").GetProperty("pattern").GetString());
    }
}
