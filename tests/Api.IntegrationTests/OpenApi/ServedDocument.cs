using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DoubleRandom.Api.IntegrationTests.OpenApi;

/// <summary>The OpenAPI document the service serves, written the way docs/openapi.json keeps it.</summary>
internal static class ServedDocument
{
    public const string Path = "/swagger/v1/swagger.json";

    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        // Chinese stays readable in review; the document is UTF-8.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Pretty (two spaces), in the order the service writes it (deterministic), LF line ends, a final newline.</summary>
    public static async Task<string> FetchAsync(HttpClient client)
    {
        var text = await client.GetStringAsync(Path);
        return JsonNode.Parse(text)!.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "DoubleRandom.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("DoubleRandom.sln not found above the test's directory.");
    }
}
