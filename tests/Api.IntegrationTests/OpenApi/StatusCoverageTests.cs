using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.OpenApi;

/// <summary>
/// Every status the service answered anywhere in this test run (recorded by <see cref="StatusRecorder"/>) is documented
/// for its operation. Runs after every other test class (<see cref="AfterSuiteCollection"/>); the table of what was seen
/// is written to artifacts/status-coverage.tsv.
/// </summary>
[Collection(AfterSuiteCollection.Name)]
public sealed partial class StatusCoverageTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Every_status_answered_in_the_test_run_is_documented_for_its_operation()
    {
        var recorded = StatusRecorder.Recorded.ToDictionary(r => r.Key, r => r.Value);
        Assert.True(recorded.Count > 0, "Nothing was recorded: run this test with the whole integration suite (scripts/test.sh).");
        var paths = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!["paths"]!.AsObject();
        Write(recorded);

        var undocumented = recorded.Keys
            .Select(r => (Recorded: r, Path: DocumentPath(r.RoutePattern)))
            .Where(r => paths[r.Path]?[r.Recorded.Method.ToLowerInvariant()]?["responses"]?[r.Recorded.Status.ToString(CultureInfo.InvariantCulture)] is null)
            .Select(r => $"{r.Recorded.Method} {r.Path} {r.Recorded.Status}" + (paths[r.Path]?[r.Recorded.Method.ToLowerInvariant()] is null ? " (operation not in the document)" : string.Empty))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(undocumented.Count == 0, $"{undocumented.Count} answers the document does not list:\n{string.Join("\n", undocumented)}");

        // The run is the whole suite, not a slice of it: most operations were seen.
        var operations = recorded.Keys.Select(r => (r.Method, DocumentPath(r.RoutePattern))).Distinct().Count();
        Assert.True(operations >= 40, $"only {operations} operations were called in this run");
    }

    /// <summary>"/api/v1/tasks/{id:guid}" → "/api/v1/tasks/{id}"; "/api/v1/tasks/" → "/api/v1/tasks", as the document names them.</summary>
    internal static string DocumentPath(string routePattern)
    {
        var path = Constraint().Replace(routePattern, "{${name}}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z0-9_]+)(:[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Constraint();

    private static void Write(Dictionary<RecordedStatus, int> recorded)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DoubleRandom.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.Combine(root.FullName, "artifacts"));
        File.WriteAllLines(Path.Combine(root.FullName, "artifacts", "status-coverage.tsv"), recorded
            .OrderBy(r => DocumentPath(r.Key.RoutePattern), StringComparer.Ordinal).ThenBy(r => r.Key.Method, StringComparer.Ordinal).ThenBy(r => r.Key.Status)
            .Select(r => $"{r.Key.Method}\t{DocumentPath(r.Key.RoutePattern)}\t{r.Key.Status}\t{r.Value}")
            .Prepend("method\tpath\tstatus\tcount"));
    }
}
