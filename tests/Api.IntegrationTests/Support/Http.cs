using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>A problem+json body as a client sees it.</summary>
public sealed record Problem(
    string Type, string Title, int Status, string? Detail, string? TraceId, string? Code,
    Dictionary<string, string[]>? Errors);

internal static class Http
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    /// <summary>Asserts an RFC 9457 response: the status, the media type, and a stable type URI.</summary>
    public static async Task<Problem> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<Problem>(body, Json)!;
        Assert.Equal((int)expected, problem.Status);
        Assert.StartsWith("urn:doublerandom:problem:", problem.Type, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem.TraceId));
        return problem;
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(url, body, Json);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PutAsJsonAsync(url, body, Json);
}
