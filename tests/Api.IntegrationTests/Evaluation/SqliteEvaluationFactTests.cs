using DoubleRandom.Api.IntegrationTests.AfterInspection.FollowUps;
using DoubleRandom.Api.IntegrationTests.Risk;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Api.IntegrationTests.Evaluation;

/// <summary>The fact source's queries (joins with scope filters, grouped counts, the population GROUP BY) on the embedded default too.</summary>
public sealed class SqliteEvaluationFactTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-sqlite-evaluation-").FullName;

    [Fact]
    public async Task Records_history_follow_ups_and_the_scope_filters_are_read_on_SQLite()
    {
        await using var factory = new ApiFactory("sqlite", $"Data Source={Path.Combine(_folder, "evaluation.db")}");
        using var admin = factory.CreateAdministratorClient();
        var s = await FollowUpScenario.StartAsync(factory, admin);
        await s.HandOverAsync(item: 0);
        var code = s.Group.TargetCodes[0];
        await new RiskHistoryWorld(factory).AddOutcomesAsync(
            (code, new DateOnly(2026, 4, 2), "AMR-01", OutcomeCategories.OrderedToRectify, 0.25, "C"),
            (code, new DateOnly(2026, 4, 2), "AMR-02", OutcomeCategories.NoProblem, 0.25, "C"));

        var facts = await EvaluationFactWorld.ReadAsync(factory, EvaluationFactWorld.Year());
        var again = await EvaluationFactWorld.ReadAsync(factory, EvaluationFactWorld.Year());
        var fire = await EvaluationFactWorld.ReadAsync(factory, EvaluationFactWorld.Year(departments: ["fire"]));
        var own = await EvaluationFactWorld.ReadAsync(factory, EvaluationFactWorld.Year(units: [s.UnitId], industries: ["F"]));

        // Group 1's four final records (the first with a problem on both items), and the history's one target-day.
        var draws = facts.Samples.Where(x => x.Source == SampleSource.Draw).ToList();
        Assert.Equal(4, draws.Count);
        Assert.Equal([2, 0, 0, 0], draws.Select(x => x.ProblemItems).OrderDescending());
        var history = Assert.Single(facts.Samples, x => x.Source == SampleSource.History);
        Assert.Equal(("h|2026|2026年度抽查|C", 0.25, 2, 1), (history.Design, history.Lambda!.Value, history.Items, history.ProblemItems));
        Assert.Equal(8, facts.Population.Single(p => p.Dimension == "region").Population);
        Assert.Equal(5, facts.Strata.Count); // four tiers of the draw, one history design
        Assert.Single(facts.FollowUps);
        Assert.Equal(6, facts.Officers.Count);
        Assert.Equal(facts.DataDigest, again.DataDigest);

        Assert.Empty(fire.Samples);
        Assert.Empty(fire.FollowUps);
        Assert.Empty(fire.Population);
        Assert.Equal(facts.Samples, own.Samples);
        Assert.All(own.Strata, x => Assert.Null(x.Population));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
