using System.Collections.Concurrent;
using System.Net.Http.Headers;
using DoubleRandom.Application.Identity;
using System.Globalization;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>The real service, in memory, on the given provider and database.</summary>
public sealed class ApiFactory(string provider, string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The <c>Location</c> of every 201 and 202 this service gave (<see cref="StatusRecorder"/>).</summary>
    public ConcurrentQueue<CreatedLocation> CreatedLocations { get; } = new();

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

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new StatusRecorder(CreatedLocations));
            services.AddSingleton<IStartupFilter, TestClientAddress>();
        });
    }
}

/// <summary>
/// The test server has no network peer; a request's <see cref="ClientAddressHeader"/> plays the connection's remote
/// address (what a reverse proxy or a client would be), ahead of the service's whole pipeline.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string ClientAddressHeader = "X-Test-Connection-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (System.Net.IPAddress.TryParse(context.Request.Headers[ClientAddressHeader].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>Signed-in clients for any factory of the service, including derived ones (<c>WithWebHostBuilder</c>).</summary>
public static class SignedInClients
{
    /// <summary>
    /// A client signed in as a user with the given roles, with a token from the service's own issuer. Every request
    /// checks the token's user and security stamp, so the client first makes sure a row for that user exists (written
    /// directly, outside the audited unit of work, under a name of its own so it never clashes with a test's users;
    /// the token's name, roles and unit are what the service acts on). Database resets between tests are survived.
    /// </summary>
    public static HttpClient CreateClientAs(
        this WebApplicationFactory<Program> factory, string userName, IEnumerable<string> roles, Guid? unitId = null, bool mustChangePassword = false)
    {
        var user = User.Create(userName, userName, roles, unitId, "not-a-hash", mustChangePassword);
        var token = factory.Services.GetRequiredService<IAccessTokenIssuer>().Issue(user, Guid.NewGuid()).Token;
        var client = factory.CreateDefaultClient(new Uri("http://localhost"), new TokenUserRow(factory, user), new AutoIdempotencyKey());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static HttpClient CreateAdministratorClient(this WebApplicationFactory<Program> factory) =>
        factory.CreateClientAs("test-admin", [Roles.Administrator]);
}

/// <summary>Before each request, inserts the row of a <see cref="SignedInClients.CreateClientAs"/> user if missing.</summary>
internal sealed class TokenUserRow(WebApplicationFactory<Program> factory, User user) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var database = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database;
            var sqlite = database.IsSqlite();
            var now = DateTime.UtcNow;
            object[] values =
            [
                sqlite ? user.Id.ToString().ToUpperInvariant() : user.Id,
                $"~token-user-{user.Id:N}",
                user.DisplayName,
                sqlite ? 0 : false,
                user.SecurityStamp,
                sqlite ? now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : now,
            ];
            await database.ExecuteSqlRawAsync(
                """
                INSERT INTO users (id, user_name, display_name, password_hash, roles, unit_id, must_change_password, is_disabled,
                                   security_stamp, version, created_at_utc, created_by, updated_at_utc, updated_by)
                VALUES ({0}, {1}, {2}, 'not-a-hash', 'analyst', NULL, {3}, {3}, {4}, 1, {5}, 'test', {5}, 'test')
                ON CONFLICT DO NOTHING
                """,
                values,
                cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
