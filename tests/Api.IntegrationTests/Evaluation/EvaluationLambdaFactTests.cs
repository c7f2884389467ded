using DoubleRandom.Api.IntegrationTests.AfterInspection.FollowUps;
using DoubleRandom.Api.IntegrationTests.Draws;
using DoubleRandom.Api.IntegrationTests.Risk;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Evaluation;

/// <summary>Facts with λ &lt; 1: a draw's goodness-of-fit bins, the history's target-days (imported and the demo's), and follow-ups.</summary>
public sealed class EvaluationLambdaFactTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_draw_of_equal_weights_bins_every_unit_at_n_over_N_and_observes_its_selections()
    {
        // 200 targets, 50 per tier, equal weights: λ = n_h / 50 in each stratum (simple random sampling), nothing inspected yet.
        var draw = await DrawScenario.StartAsync(Fixture.Factory, Client);
        var (_, drawId, _) = await draw.SealedDrawAsync();
        var selected = await SelectedAsync(drawId);

        var facts = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year());

        Assert.Empty(facts.Samples);
        Assert.Equal(["A", "B", "C", "D"], facts.Strata.Select(s => s.Design.Split('|')[1]));
        Assert.All(facts.Strata, s => Assert.Equal((50L, (long)selected[s.Design.Split('|')[1]].Count, 0L), (s.Population!.Value, s.Selected, s.Inspected)));
        foreach (var (stratum, lambdas) in selected)
        {
            Assert.All(lambdas, l => Assert.Equal(lambdas.Count / 50.0, l, 15));
        }

        var partial = selected.Where(s => s.Value.Count < 50).ToList(); // strata drawn whole have λ = 1 and no bin
        Assert.Equal(partial.Sum(s => 50L), facts.LambdaBins.Sum(b => b.Units));
        Assert.Equal(partial.Sum(s => (double)s.Value.Count), facts.LambdaBins.Sum(b => b.Expected), 9);
        Assert.Equal(partial.Sum(s => (long)s.Value.Count), facts.LambdaBins.Sum(b => b.Observed));
        Assert.All(facts.LambdaBins, b => Assert.InRange(b.Expected / b.Units, b.From, b.To));
        Assert.Equal(facts.LambdaBins.OrderBy(b => b.From), facts.LambdaBins);
    }

    [Fact]
    public async Task History_rows_are_one_sample_per_target_and_day_with_their_lambda_and_a_row_without_one_is_counted_out()
    {
        var world = new RiskHistoryWorld(Fixture.Factory);
        await world.AddTargetsAsync(
            ("H1", TargetKind.Enterprise, RiskHistoryWorld.Details(tier: RiskTier.B, region: "640104", section: "H")),
            ("H2", TargetKind.Enterprise, RiskHistoryWorld.Details(tier: RiskTier.D, region: "640205", section: "C")));
        await world.AddOutcomesAsync(
            ("H1", new DateOnly(2026, 3, 2), "i1", "no-problem", 0.25, "C"),
            ("H1", new DateOnly(2026, 3, 2), "i2", "ordered-to-rectify", 0.25, "C"),
            ("H2", new DateOnly(2026, 4, 1), "i1", "no-problem", null, null),
            ("H2", new DateOnly(2025, 5, 6), "i1", "ordered-to-rectify", 0.5, "D"));
        await BackdateTargetsAsync();

        var facts = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year());

        Assert.Equal(
            [
                new SampleFact("h|2025|2025年度抽查|D", SampleSource.History, new DateOnly(2025, 5, 6), 0.5, true, 1, 1, "D", "640200", "C", null),
                new SampleFact("h|2026|2026年度抽查|C", SampleSource.History, new DateOnly(2026, 3, 2), 0.25, true, 2, 1, "C", "640100", "H", null),
                new SampleFact("h|2026|2026年度抽查|", SampleSource.History, new DateOnly(2026, 4, 1), null, false, 1, 0, "D", "640200", "C", null),
            ],
            facts.Samples);
        Assert.Equal(1, facts.ExcludedWithoutLambda); // the 2025 row is the trend's, outside the period
        Assert.All(facts.Strata, s => Assert.Null(s.Population));
        Assert.Equal([("i1", 2L, 0L), ("i2", 1L, 1L)], facts.Items.Select(i => (i.Code, i.Checked, i.Problems)));
        Assert.Equal(
            [("industry", "C", 1L), ("industry", "H", 1L), ("region", "640100", 1L), ("region", "640200", 1L), ("tier", "B", 1L), ("tier", "D", 1L)],
            facts.Population.Select(p => (p.Dimension, p.Key, p.Population)));
        Assert.Contains(new LabelFact("region", "640200", "石嘴山市"), facts.Labels);

        // A unit's scope takes the history of targets in its region.
        Guid unit;
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var shizuishan = BranchUnit.Create("SZS", "石嘴山市局", null, "640200");
            db.BranchUnits.Add(shizuishan);
            await db.SaveChangesAsync();
            unit = shizuishan.Id;
        }

        var regional = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year(units: [unit]));
        Assert.Equal(["640200", "640200"], regional.Samples.Select(s => s.Region));
    }

    [Fact]
    public async Task The_demo_history_yields_samples_with_lambda()
    {
        await DemoRiskLoader.LoadAsync(Fixture.ConnectionString, 2_000, 42, keepTruth: false);
        var request = new EvaluationRequest(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), "2025年", [], [], [], new DateOnly(2024, 1, 1));

        var facts = await EvaluationFactWorld.ReadAsync(Fixture.Factory, request);

        Assert.NotEmpty(facts.Samples);
        Assert.All(facts.Samples, s => Assert.Equal(SampleSource.History, s.Source));
        Assert.All(facts.Samples, s => Assert.InRange(s.Lambda!.Value, double.Epsilon, 1));
        Assert.Equal(0, facts.ExcludedWithoutLambda);
        Assert.Contains(facts.Samples, s => s.Problem);
        Assert.Equal(facts.Samples.Count, facts.Strata.Sum(s => s.Inspected));
        Assert.NotEmpty(facts.Items);
    }

    [Fact]
    public async Task Follow_ups_give_their_hand_over_deadline_status_and_closing_days()
    {
        var s = await FollowUpScenario.StartAsync(Fixture.Factory, Client);
        var rectified = (await s.HandOverAsync(item: 0, deadline: Today.AddDays(10))).GetProperty("id").GetGuid();
        await FollowUpScenario.MoveAsync(s.Group.Leader.Client, rectified, "inProgress");
        await FollowUpScenario.MoveAsync(s.Group.Leader.Client, rectified, "rectified");
        await FollowUpScenario.MoveAsync(s.Group.Leader.Client, rectified, "closed");
        await s.HandOverAsync(item: 1, deadline: Today.AddDays(20));

        var facts = await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year());

        Assert.Equal(
            [new FollowUpFact(Today, Today.AddDays(10), "Closed", Today), new FollowUpFact(Today, Today.AddDays(20), "HandedOver", null)],
            facts.FollowUps);
        Assert.Empty((await EvaluationFactWorld.ReadAsync(Fixture.Factory, EvaluationFactWorld.Year(departments: ["fire"]))).FollowUps);
    }

    private async Task<Dictionary<string, List<double>>> SelectedAsync(Guid drawId)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.DrawSelections.Where(s => s.DrawId == drawId).Select(s => new { s.Stratum, s.Lambda }).ToListAsync())
            .GroupBy(s => s.Stratum).ToDictionary(g => g.Key, g => g.Select(s => s.Lambda).ToList());
    }

    /// <summary>The roster as it stood at the end of 2025 already (created before the period's end either way).</summary>
    private async Task BackdateTargetsAsync()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Targets.ExecuteUpdateAsync(t => t.SetProperty(x => x.CreatedAtUtc, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
    }
}
