using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.OpenApi;

/// <summary>The one body convention: every operation that accepts a body documents 400, 413 and 415 as problems.</summary>
public sealed class RequestBodyProblemTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Every_operation_with_a_request_body_documents_400_413_and_415_as_problem_json()
    {
        var response = await Client.GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var withBody = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Name: $"{op.Key.ToUpperInvariant()} {path.Key}", Operation: op.Value!)))
            .Where(op => op.Operation["requestBody"] is not null)
            .ToList();

        // JSON bodies, multipart uploads and the form-encoded token grant: all of them.
        Assert.True(withBody.Count >= 25, $"only {withBody.Count} operations with a body");
        Assert.Contains(withBody, op => op.Name == "POST /api/v1/targets/import");
        Assert.Contains(withBody, op => op.Name == "POST /api/v1/auth/token");
        var missing = withBody
            .SelectMany(op => new[] { "400", "413", "415" }
                .Where(status => op.Operation["responses"]?[status]?["content"]?["application/problem+json"] is null)
                .Select(status => $"{op.Name} {status}"))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Every_operation_with_a_request_body_answers_415_for_a_wrong_type_and_413_and_400_for_a_JSON_body()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var failures = new List<string>();
        foreach (var (path, method, operation) in document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key.ToUpperInvariant(), Operation: o.Value!)))
            .Where(o => o.Operation["requestBody"] is not null))
        {
            var url = Regex.Replace(path, "{[^}]+}", m => m.Value is "{sequence}" or "{groupNumber}" ? "1" : m.Value == "{year}" ? "2027" : m.Value == "{code}" ? "X" : Guid.NewGuid().ToString());
            var json = operation["requestBody"]!["content"]!["application/json"] is not null;
            await Expect(HttpStatusCode.UnsupportedMediaType, method, url, new StringContent("x", System.Text.Encoding.UTF8, "text/plain"));
            if (json && !path.EndsWith("/verify", StringComparison.Ordinal))
            {
                // Larger than the test host's Limits:MaxRequestBodyBytes (65,536); refused before anything reads it.
                await Expect(HttpStatusCode.RequestEntityTooLarge, method, url, Http.JsonBody($$"""{"name":"{{new string('x', 70_000)}}"}"""));
            }

            if (json)
            {
                // Malformed JSON: 400, or 403 where the administrator lacks the route's role (authorization runs first).
                var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = Http.JsonBody("{\"x\":") });
                if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.Forbidden))
                {
                    failures.Add($"{method} {url} malformed: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        async Task Expect(HttpStatusCode expected, string method, string url, HttpContent content)
        {
            var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = content });
            if (response.StatusCode != expected || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{method} {url} {content.Headers.ContentType?.MediaType}: {(int)response.StatusCode}, expected {(int)expected} problem");
            }
        }
    }

    [Fact]
    public async Task An_operation_without_a_body_does_not_claim_413_or_415()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var get = document["paths"]!["/api/v1/targets/{id}"]!["get"]!;
        Assert.Null(get["responses"]!["413"]);
        Assert.Null(get["responses"]!["415"]);
    }
}
