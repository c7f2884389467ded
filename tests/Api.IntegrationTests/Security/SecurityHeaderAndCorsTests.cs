using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Security;

/// <summary>Every response carries the security headers; a CORS preflight is answered for the configured origin only.</summary>
public sealed class SecurityHeaderAndCorsTests(CorsFixture fixture) : PostgresTest<CorsFixture>(fixture)
{
    [Fact]
    public async Task Responses_carry_security_headers_and_CORS_answers_only_the_configured_origin()
    {
        var response = await Client.GetAsync("/api/v1/departments");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var allowed = new HttpRequestMessage(HttpMethod.Options, "/api/v1/departments");
        allowed.Headers.Add("Origin", "https://app.example.cn");
        allowed.Headers.Add("Access-Control-Request-Method", "GET");
        var preflight = await Client.SendAsync(allowed);
        Assert.Equal("https://app.example.cn", preflight.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var foreign = new HttpRequestMessage(HttpMethod.Options, "/api/v1/departments");
        foreign.Headers.Add("Origin", "https://evil.example.com");
        foreign.Headers.Add("Access-Control-Request-Method", "GET");
        Assert.False((await Client.SendAsync(foreign)).Headers.Contains("Access-Control-Allow-Origin"));
    }
}
