using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Security;

/// <summary>The first administrator: from configuration, or generated for the demo; never a fixed password.</summary>
public sealed class FirstAdministratorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-admin-").FullName;

    private ApiFactory Factory(string name, Dictionary<string, string> settings) =>
        new("sqlite", $"Data Source={Path.Combine(_folder, name)}", settings);

    [Fact]
    public async Task The_demo_run_generates_an_administrator_who_must_change_the_password()
    {
        await using var factory = Factory("demo.db", new() { ["Database:SeedDemoData"] = "true" });
        using var client = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.SingleAsync(u => u.UserName == "admin");

        Assert.Equal("admin", admin.UserName);
        Assert.True(admin.MustChangePassword);
        Assert.StartsWith("AQAAAA", admin.PasswordHash, StringComparison.Ordinal);
        var wellKnown = await client.PostJsonAsync("/api/v1/auth/login", new { userName = "admin", password = "admin" });
        await wellKnown.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_configured_administrator_can_sign_in_at_once()
    {
        await using var factory = Factory("configured.db", new()
        {
            ["Auth:BootstrapAdmin:UserName"] = "root-admin",
            ["Auth:BootstrapAdmin:Password"] = "C0nfigured!Secret",
        });
        using var client = factory.CreateClient();
        var tokens = await Accounts.LoginAsync(client, "root-admin", "C0nfigured!Secret");
        Assert.False(tokens.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(JsonValueKind.String, tokens.GetProperty("accessToken").ValueKind);
    }

    [Fact]
    public async Task Without_configuration_or_demo_no_user_is_created()
    {
        await using var factory = Factory("empty.db", new());
        using var client = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AnyAsync());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
