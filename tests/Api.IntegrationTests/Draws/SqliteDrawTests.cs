using System.Net;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>The embedded default draws too: the portable paths (no COPY, no row lock, no triggers) on SQLite.</summary>
public sealed class SqliteDrawTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-draws-").FullName;

    [Fact]
    public async Task A_draw_is_prepared_executed_revealed_and_verified_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "draws.db")}");
        using var admin = factory.CreateAdministratorClient();
        var s = new DrawScenario(factory, admin);
        await s.SeedAsync();
        await s.CreateSupervisorAsync();
        var (taskId, drawId, sealedDraw) = await s.SealedDrawAsync();
        Assert.Equal("sealed", sealedDraw.GetProperty("status").GetString());
        var again = await s.ExecuteAsync(drawId, await s.ConfirmAsync(drawId));
        Assert.Equal("draw-already-executed", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Code);

        (await admin.PostAsync($"/api/v1/tasks/{taskId}/close", null)).EnsureSuccessStatusCode();
        var bundle = Dr1Bundle.Parse(await (await factory.CreateClient().GetAsync($"/api/v1/public/draws/{drawId}/bundle")).Content.ReadAsStringAsync());
        Assert.True(BundleVerifier.Verify(bundle).Verified);
        var history = await (await admin.GetAsync("/api/v1/draws/history?year=2026")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal(3, history.RootElement.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_score_mode_draw_reads_the_model_scores_on_SQLite_as_on_PostgreSQL()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "risk.db")}");
        using var admin = factory.CreateAdministratorClient();
        var s = new DrawScenario(factory, admin);
        await s.SeedAsync();
        await s.CreateSupervisorAsync();
        var scores = await RiskWeightedDrawTests.ScoreAsync(factory);
        var (_, drawId, sealedDraw) = await s.SealedDrawAsync(RiskWeightedDrawTests.ScoreTask(await s.CreateItemAsync()));
        Assert.Equal("score", sealedDraw.GetProperty("risk").GetProperty("weighting").GetString());
        Assert.Equal(200 - scores.Count, sealedDraw.GetProperty("risk").GetProperty("unscoredTargets").GetInt32());

        var (input, _, _) = await RiskWeightedDrawTests.StoredAsync(factory, drawId);
        foreach (var stratum in input.Targets.GroupBy(t => t.Stratum, StringComparer.Ordinal))
        {
            var p = stratum.Select(l => scores.TryGetValue(l.Code, out var v) ? v : double.NaN).ToList();
            Assert.Equal(Application.Draws.Snapshots.ScoreWeights.Of(p, 2000), stratum.Select(l => l.Weight));
        }
    }

    [Fact]
    public async Task Every_scope_facet_and_stratum_rule_is_applied_the_same_way_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "scope.db")}");
        using var admin = factory.CreateAdministratorClient();
        await ScopeCases.CheckAsync(factory, admin);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
