using System.Net.Http.Headers;
using DoubleRandom.Application.Identity;
using DoubleRandom.Domain.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>The real service, in memory, on the given provider and database.</summary>
public sealed class ApiFactory(string provider, string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Limits:MaxRequestBodyBytes", "65536");
        // Real PBKDF2, fewer rounds: the hashing code is the production code, only slower there.
        builder.UseSetting("Auth:PasswordHashIterations", "1000");
        builder.UseSetting("Auth:SignInPermitLimit", "100000");
        builder.UseSetting("Imports:Folder", Path.Combine(Path.GetTempPath(), "doublerandom-test-imports"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>Signed-in clients for any factory of the service, including derived ones (<c>WithWebHostBuilder</c>).</summary>
public static class SignedInClients
{
    /// <summary>
    /// A client signed in as a user with the given roles, with a token from the service's own issuer. The
    /// user need not exist in the database for endpoints that only read the token.
    /// </summary>
    public static HttpClient CreateClientAs(
        this WebApplicationFactory<Program> factory, string userName, IEnumerable<string> roles, Guid? unitId = null, bool mustChangePassword = false)
    {
        var user = User.Create(userName, userName, roles, unitId, "not-a-hash", mustChangePassword);
        var token = factory.Services.GetRequiredService<IAccessTokenIssuer>().Issue(user).Token;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static HttpClient CreateAdministratorClient(this WebApplicationFactory<Program> factory) =>
        factory.CreateClientAs("test-admin", [Roles.Administrator]);
}
