using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Security;

/// <summary>Every response carries the security headers; a CORS preflight is answered for the configured origin only.</summary>
public sealed class SecurityHeaderAndCorsTests(CorsFixture fixture) : PostgresTest<CorsFixture>(fixture)
{
    private const string Allowed = "https://app.example.cn";
    private const string Foreign = "https://evil.example.com";

    [Fact]
    public async Task Responses_carry_security_headers_and_CORS_answers_only_the_configured_origin()
    {
        var response = await Client.GetAsync("/api/v1/departments");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var preflight = await SendAsync(Preflight("/api/v1/departments", Allowed));
        Assert.Equal(Allowed, preflight.Headers.GetValues("Access-Control-Allow-Origin").Single());

        Assert.False((await SendAsync(Preflight("/api/v1/departments", Foreign))).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_cross_origin_response_exposes_the_headers_a_front_end_reads()
    {
        var preflight = Preflight("/api/v1/public/draws", Allowed);
        preflight.Headers.Add("Access-Control-Request-Headers", "accept-language,x-request-id");
        Assert.Equal(Allowed, (await SendAsync(preflight)).Headers.GetValues("Access-Control-Allow-Origin").Single());

        var response = await SendAsync(From(HttpMethod.Get, "/api/v1/public/draws", Allowed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Allowed, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers")
            .SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var header in new[] { "Content-Disposition", "ETag", "Retry-After", "Location", "X-Request-Id" })
        {
            Assert.Contains(header, exposed);
        }

        var foreign = await SendAsync(From(HttpMethod.Get, "/api/v1/public/draws", Foreign));
        Assert.False(foreign.Headers.Contains("Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task A_preflight_of_a_tus_patch_is_answered_by_CORS_and_says_the_tus_version()
    {
        var preflight = From(HttpMethod.Options, $"/api/v1/uploads/{Guid.NewGuid()}", Allowed);
        preflight.Headers.Add("Access-Control-Request-Method", "PATCH");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,tus-resumable,upload-offset,content-type");
        var response = await SendAsync(preflight);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.Equal(Allowed, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("1.0.0", response.Headers.GetValues("Tus-Resumable").Single());
    }

    private static HttpRequestMessage From(HttpMethod method, string url, string origin)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static HttpRequestMessage Preflight(string url, string origin)
    {
        var request = From(HttpMethod.Options, url, origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await Client.SendAsync(request);
        }
    }
}
