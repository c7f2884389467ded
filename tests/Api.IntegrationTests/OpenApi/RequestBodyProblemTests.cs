using System.Net;
using System.Text.Json.Nodes;
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
    public async Task An_operation_without_a_body_does_not_claim_413_or_415()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var get = document["paths"]!["/api/v1/targets/{id}"]!["get"]!;
        Assert.Null(get["responses"]!["413"]);
        Assert.Null(get["responses"]!["415"]);
    }
}
