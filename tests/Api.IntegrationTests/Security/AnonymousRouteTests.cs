using System.Net;
using System.Text;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Security;

/// <summary>
/// A request no route answers, or one the framework rejects before any route runs (wrong content type), gets that
/// status even without a token: authorization belongs to the mapped routes, not to requests that match none.
/// </summary>
public sealed class AnonymousRouteTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Theory]
    [InlineData("/api/v1/public/draws/not-a-guid")]
    [InlineData("/api/v1/public/draws/not-a-guid/result")]
    [InlineData("/api/v1/public/draws/not-a-guid/bundle")]
    [InlineData("/api/v1/no-such-route")]
    public async Task A_route_that_does_not_match_answers_404_without_a_token(string url)
    {
        using var anonymous = Fixture.Factory.CreateClient();
        await (await anonymous.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_public_route_called_with_another_method_answers_405_without_a_token()
    {
        using var anonymous = Fixture.Factory.CreateClient();
        await (await anonymous.DeleteAsync("/api/v1/public/draws")).ReadProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task An_anonymous_JSON_route_given_a_wrong_content_type_answers_415()
    {
        using var anonymous = Fixture.Factory.CreateClient();
        using var body = new StringContent("{\"userName\":\"a\",\"password\":\"b\"}", Encoding.UTF8, "text/plain");
        await (await anonymous.PostAsync("/api/v1/auth/login", body)).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_protected_route_still_refuses_a_request_without_a_token()
    {
        using var anonymous = Fixture.Factory.CreateClient();
        await (await anonymous.GetAsync("/api/v1/departments")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync($"/api/v1/departments/{Guid.NewGuid()}")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }
}
