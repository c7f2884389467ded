using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.OpenApi;

/// <summary>
/// docs/openapi.json is the document the service serves, so a change to the contract shows in review. Refresh it with
/// <c>scripts/update-openapi.sh</c> (this test with <c>DOUBLERANDOM_UPDATE_OPENAPI=1</c>, which rewrites the file).
/// </summary>
public sealed class CheckedInDocumentTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    public const string UpdateVariable = "DOUBLERANDOM_UPDATE_OPENAPI";

    [Fact]
    public async Task Docs_openapi_json_is_the_served_document()
    {
        var served = await ServedDocument.FetchAsync(Client);
        var file = Path.Combine(ServedDocument.RepositoryRoot(), "docs", "openapi.json");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(file, served);
        }

        var checkedIn = File.Exists(file) ? (await File.ReadAllTextAsync(file)).ReplaceLineEndings("\n") : "";
        if (checkedIn == served)
        {
            return;
        }

        var servedLines = served.Split('\n');
        var checkedInLines = checkedIn.Split('\n');
        var first = Enumerable.Range(0, Math.Max(servedLines.Length, checkedInLines.Length))
            .First(i => i >= servedLines.Length || i >= checkedInLines.Length || servedLines[i] != checkedInLines[i]);
        Assert.Fail(
            $"docs/openapi.json differs from the document the service serves (first at line {first + 1}:\n"
            + $"  checked in: {checkedInLines.ElementAtOrDefault(first)}\n  served:     {servedLines.ElementAtOrDefault(first)}).\n"
            + $"If the contract change is intended, refresh the file with scripts/update-openapi.sh "
            + $"({UpdateVariable}=1 and this test) and commit it.");
    }
}
