using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>The verification link printed on the draw record never takes its host from the request's Host header.</summary>
public sealed class PublicAddressTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private async Task<Guid> SealedDrawAsync()
    {
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync();
        await Accounts.CreateUserAsync(Client, "sup-1", ["supervisor"]);
        return (await s.SealedDrawAsync()).DrawId;
    }

    private static async Task<string> RecordTextAsync(WebApplicationFactory<Program> factory, Guid drawId, string host)
    {
        using var signedIn = factory.CreateClientAs("op-1", ["operator"]);
        using var client = factory.CreateDefaultClient(new Uri($"http://{host}"));
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        await signedIn.GetAsync("/api/v1/auth/me");
        var response = await client.GetAsync($"/api/v1/draws/{drawId}/record.pdf");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"HTTP {(int)response.StatusCode}";
        }

        var path = Path.Combine(Path.GetTempPath(), $"draw-record-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        var text = await DrawRecordTests.RunAsync("pdftotext", $"-enc UTF-8 {path} -");
        File.Delete(path);
        return text.Replace("\n", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_for_a_host_outside_AllowedHosts_is_refused_and_never_reaches_the_record()
    {
        var drawId = await SealedDrawAsync();
        Assert.Equal("HTTP 400", await RecordTextAsync(Fixture.Factory, drawId, "evil.example.com"));
        Assert.Contains($"http://localhost/api/v1/public/draws/{drawId}", await RecordTextAsync(Fixture.Factory, drawId, "localhost"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_Public_BaseUrl_the_link_goes_there_whatever_the_request_says()
    {
        var drawId = await SealedDrawAsync();
        await using var configured = Fixture.Factory.WithWebHostBuilder(b => b
            .UseSetting("Public:BaseUrl", "https://verify.example.cn")
            .UseSetting("AllowedHosts", "*"));
        var text = await RecordTextAsync(configured, drawId, "evil.example.com");
        Assert.Contains($"https://verify.example.cn/api/v1/public/draws/{drawId}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example.com", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_without_demo_data_refuses_to_start_without_Public_BaseUrl()
    {
        await using (var unconfigured = Fixture.Factory.WithWebHostBuilder(b => b.UseEnvironment(Environments.Production)))
        {
            var error = Assert.ThrowsAny<Exception>(() => unconfigured.CreateClient());
            Assert.Contains("Public:BaseUrl", error.ToString(), StringComparison.Ordinal);
        }

        await using var configured = Fixture.Factory.WithWebHostBuilder(b => b
            .UseEnvironment(Environments.Production)
            .UseSetting("Public:BaseUrl", "https://verify.example.cn"));
        using var client = configured.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
