using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Api.Security;
using DoubleRandom.Domain.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Security;

/// <summary>
/// Every endpoint of the running application is checked against the one role matrix: an endpoint added
/// without a policy, or with a policy the matrix does not know, fails here.
/// </summary>
public sealed partial class AuthorizationMatrixTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private IReadOnlyList<RouteEndpoint> Endpoints() =>
        Fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    private static string Route(RouteEndpoint e) => "/" + e.RoutePattern.RawText!.TrimStart('/');

    private static string Method(RouteEndpoint e) =>
        e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Single() ?? "GET";

    [Fact]
    public void Every_endpoint_declares_one_known_policy_or_is_on_the_anonymous_allow_list()
    {
        var endpoints = Endpoints();
        Assert.True(endpoints.Count >= 20, $"only {endpoints.Count} endpoints found");
        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = Route(endpoint);
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList();
            if (anonymous != AuthorizationMatrix.IsAnonymousRoute(route))
            {
                problems.Add($"{Method(endpoint)} {route}: anonymous={anonymous} but allow-list says {!anonymous}");
            }
            else if (!anonymous && (policies.Count != 1 || !AuthorizationMatrix.RolesByPolicy.ContainsKey(policies[0])))
            {
                problems.Add($"{Method(endpoint)} {route}: policies [{string.Join(", ", policies)}]");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Each_role_is_allowed_exactly_what_the_matrix_says_and_no_token_is_refused()
    {
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var role in Roles.All)
        {
            clients[role] = await Fixture.Factory.SignedInAsync(Client, $"matrix-{role}", role);
        }

        using var anonymous = Fixture.Factory.CreateClient();
        var failures = new List<string>();
        foreach (var endpoint in Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().First();
            var allowed = AuthorizationMatrix.RolesByPolicy[policy];
            var (method, url) = (Method(endpoint), System.Text.RegularExpressions.Regex.Replace(
                System.Text.RegularExpressions.Regex.Replace(Route(endpoint), "\\{[A-Za-z]+:guid\\}", _ => Guid.NewGuid().ToString()), "\\{[A-Za-z]+:int\\}", "1"));

            var multipart = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes
                .Contains("multipart/form-data") == true;
            var unauthenticated = await anonymous.SendAsync(Request(method, url, multipart));
            if (unauthenticated.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{method} {url} without a token: {(int)unauthenticated.StatusCode}");
            }

            foreach (var (role, client) in clients)
            {
                var status = (await client.SendAsync(Request(method, url, multipart))).StatusCode;
                var refused = status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
                if (refused == allowed.Contains(role))
                {
                    failures.Add($"{method} {url} as {role}: {(int)status}, matrix says {(allowed.Contains(role) ? "allow" : "deny")}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>A body of the media type the endpoint accepts: routing answers 415 for any other before authorization runs.</summary>
    private static HttpRequestMessage Request(string method, string url, bool multipart) => new(new HttpMethod(method), url)
    {
        Content = method is not ("POST" or "PUT") ? null
            : multipart ? new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.csv" } }
            : Http.JsonBody("{}"),
    };
}
