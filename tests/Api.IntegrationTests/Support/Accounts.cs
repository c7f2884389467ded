using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>Real users, created through the administration API and signed in through /auth/login.</summary>
internal static class Accounts
{
    public const string Password = "Str0ng!Passw0rd";

    public static async Task<Guid> CreateUserAsync(
        HttpClient admin, string userName, string[] roles, string? password = Password, Guid? unitId = null)
    {
        var response = await admin.PostJsonAsync("/api/v1/users", new { userName, displayName = userName, roles, password, unitId });
        using var body = await response.ReadAsync<JsonDocument>(HttpStatusCode.Created);
        return body.RootElement.GetProperty("user").GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> LoginAsync(HttpClient client, string userName, string password = Password)
    {
        var response = await client.PostJsonAsync("/api/v1/auth/login", new { userName, password });
        using var body = await response.ReadAsync<JsonDocument>(HttpStatusCode.OK);
        return body.RootElement.Clone();
    }

    public static HttpClient WithToken(this ApiFactory factory, string accessToken)
    {
        // As CreateClient() builds it (redirects followed, cookies kept), with the Idempotency-Key of each submission.
        var client = factory.CreateDefaultClient(
            new Uri("http://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(), new AutoIdempotencyKey());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static async Task<HttpClient> SignedInAsync(this ApiFactory factory, HttpClient admin, string userName, params string[] roles)
    {
        await CreateUserAsync(admin, userName, roles);
        var tokens = await LoginAsync(factory.CreateClient(), userName);
        return factory.WithToken(tokens.GetProperty("accessToken").GetString()!);
    }
}
