using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Security;

/// <summary>
/// Sign-in attempts beyond the limit per client are refused with 429; behind a known proxy (address or network) the
/// limit counts the forwarded client, from an unknown one <c>X-Forwarded-For</c> is ignored.
/// </summary>
public sealed class SignInRateLimitTests(SignInLimitFixture fixture) : PostgresTest<SignInLimitFixture>(fixture)
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_with_retry_after()
    {
        using var anonymous = Fixture.Factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await anonymous.PostJsonAsync("/api/v1/auth/login", new { userName = "nobody", password = "Wrong!Passw0rd" })).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        var limited = await anonymous.PostJsonAsync("/api/v1/auth/login", new { userName = "nobody", password = "x" });
        await limited.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter);
    }

    [Theory]
    [InlineData("10.20.0.1")]
    [InlineData("10.30.4.5")]
    public async Task Behind_a_known_proxy_the_sign_in_limit_counts_the_forwarded_client(string proxy)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
            {
                Content = Http.JsonBody("""{"userName":"nobody","password":"Wrong!Passw0rd"}"""),
            };
            request.Headers.Add(TestClientAddress.ClientAddressHeader, proxy);
            // A client address of its own per attempt (and per proxy, the limiter's window outlives one test).
            request.Headers.Add("X-Forwarded-For", $"198.18.{proxy.Split('.')[1]}.{i + 1}");
            statuses.Add((await Client.SendAsync(request)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task From_an_unknown_proxy_X_Forwarded_For_is_ignored()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
            {
                Content = Http.JsonBody("""{"userName":"nobody","password":"Wrong!Passw0rd"}"""),
            };
            request.Headers.Add(TestClientAddress.ClientAddressHeader, "192.0.2.99");
            request.Headers.Add("X-Forwarded-For", $"198.19.0.{i + 1}");
            statuses.Add((await Client.SendAsync(request)).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}
