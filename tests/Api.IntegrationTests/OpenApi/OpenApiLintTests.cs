using System.Diagnostics;
using System.Text.Json.Nodes;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.OpenApi;

/// <summary>
/// The served OpenAPI document passes <c>redocly lint</c> with the recommended ruleset (redocly.yaml at the repository
/// root) with no error and no warning. redocly comes from tests/Contract (<c>npm ci</c>, which scripts/test.sh runs).
/// </summary>
public sealed class OpenApiLintTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task The_served_document_passes_redocly_lint_recommended_with_no_error_and_no_warning()
    {
        var root = ServedDocument.RepositoryRoot();
        var redocly = Path.Combine(root, "tests", "Contract", "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), $"{redocly} is missing: run `npm ci` in tests/Contract (scripts/test.sh does).");
        var file = Path.Combine(Path.GetTempPath(), $"doublerandom-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await ServedDocument.FetchAsync(Client));
        try
        {
            var info = new ProcessStartInfo(redocly)
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" },
            };
            foreach (var argument in new[] { "lint", file, "--config", Path.Combine(root, "redocly.yaml"), "--format", "json" })
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var report = JsonNode.Parse(await output);
            var totals = report?["totals"];
            var problems = string.Join("\n", (report?["problems"]?.AsArray() ?? []).Select(p =>
                $"{p!["severity"]} {p["ruleId"]}: {p["message"]} at {p["location"]?[0]?["pointer"]}"));
            Assert.True(
                process.ExitCode == 0 && totals?["errors"]?.GetValue<int>() == 0 && totals["warnings"]?.GetValue<int>() == 0,
                $"redocly lint: exit {process.ExitCode}, {totals?.ToJsonString()}\n{problems}\n{await errors}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
