using System.Text.RegularExpressions;
using DoubleRandom.Api.IntegrationTests.Contract;
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
        var redocly = ContractTools.Bin("redocly");
        var file = Path.Combine(Path.GetTempPath(), $"doublerandom-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await ServedDocument.FetchAsync(Client));
        try
        {
            // One process runner for the npm tools (ContractTools: a timeout, the whole output kept). Standard output and
            // error come interleaved, so the plain "stylish" report is read: each problem on its own line, then the totals.
            var (exitCode, output) = await ContractTools.RunAsync(
                redocly,
                ["lint", file, "--config", Path.Combine(root, "redocly.yaml"), "--format", "stylish"],
                new Dictionary<string, string> { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" });
            Assert.True(
                exitCode == 0
                    && output.Contains("Your API description is valid", StringComparison.Ordinal)
                    && !Regex.IsMatch(output, @"You have \d+ warnings?"),
                $"redocly lint (exit {exitCode}) reports errors or warnings:\n{output}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
