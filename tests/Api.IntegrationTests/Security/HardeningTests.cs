using System.Net;
using DoubleRandom.Api.IntegrationTests.Organization;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Security;

public sealed class HardenedFixture : PostgresApiFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Auth:SignInPermitLimit"] = "3",
        ["Cors:AllowedOrigins:0"] = "https://app.example.cn",
        ["ForwardedHeaders:KnownProxies:0"] = "10.20.0.1",
        ["ForwardedHeaders:KnownNetworks:0"] = "10.30.0.0/16",
    };
}

/// <summary>Rate limits, CORS, security headers and data scoping.</summary>
public sealed class HardeningTests(HardenedFixture fixture) : PostgresTest<HardenedFixture>(fixture)
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

    [Fact]
    public async Task A_unit_scoped_user_sees_their_unit_and_those_below_only()
    {
        async Task<BranchUnitDto> Unit(string code, Guid? parentId) =>
            await (await Client.PostJsonAsync("/api/v1/branch-units", new { code, name = code, parentId, regionCode = "640100" }))
                .ReadAsync<BranchUnitDto>(HttpStatusCode.Created);
        var bureau = await Unit("NX", null);
        var yinchuan = await Unit("YC", bureau.Id);
        var xingqing = await Unit("XQ", yinchuan.Id);
        var wuzhong = await Unit("WZ", bureau.Id);

        await Accounts.CreateUserAsync(Client, "yc.operator", ["operator"], unitId: yinchuan.Id);
        var tokens = await Accounts.LoginAsync(Fixture.Factory.CreateClient(), "yc.operator");
        using var scoped = Fixture.Factory.WithToken(tokens.GetProperty("accessToken").GetString()!);

        var page = await (await scoped.GetAsync("/api/v1/branch-units")).ReadAsync<Page<BranchUnitDto>>(HttpStatusCode.OK);
        Assert.Equal(["XQ", "YC"], page.Items.Select(u => u.Code));
        await (await scoped.GetAsync($"/api/v1/branch-units/{wuzhong.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await scoped.GetAsync($"/api/v1/branch-units/{xingqing.Id}")).StatusCode);

        var all = await (await Client.GetAsync("/api/v1/branch-units")).ReadAsync<Page<BranchUnitDto>>(HttpStatusCode.OK);
        Assert.Equal(4, all.TotalCount);
    }
}
