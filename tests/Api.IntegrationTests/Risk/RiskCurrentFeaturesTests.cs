using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>Scoring rows: every target still operating, once each, in roster order, across pages, with the roster's tier and status today.</summary>
public sealed class RiskCurrentFeaturesTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static readonly DateOnly AsOf = new(2025, 1, 1);

    [Fact]
    public async Task Every_operating_target_is_streamed_once_in_code_order_across_pages_with_its_past()
    {
        var world = new RiskHistoryWorld(Fixture.Factory);
        var active = Enumerable.Range(1, 23).Select(i => $"A{i:0000}").ToList();
        await world.AddTargetsAsync([
            .. active.Select((c, i) => (c, TargetKind.Enterprise, RiskHistoryWorld.Details(tier: (RiskTier)(i % 4), status: i == 5 ? TargetStatus.AbnormalOperation : TargetStatus.Active))),
            ("G0001", TargetKind.Enterprise, RiskHistoryWorld.Details(status: TargetStatus.Deregistered)),
            ("G0002", TargetKind.Enterprise, RiskHistoryWorld.Details(status: TargetStatus.Revoked)),
            ("G0003", TargetKind.Enterprise, RiskHistoryWorld.Details(status: TargetStatus.MovedOut)),
            ("R0001", TargetKind.Enterprise, RiskHistoryWorld.Details())]);
        await world.RetireTargetAsync("R0001");
        await world.AddOutcomesAsync(
            ("A0004", new DateOnly(2023, 4, 20), "AMR-01", OutcomeCategories.OrderedToRectify, 0.2, "A"),
            ("A0004", new DateOnly(2023, 4, 20), "AMR-02", OutcomeCategories.PendingFollowUp, 0.2, "A"),
            ("A0004", new DateOnly(2024, 10, 2), "AMR-04", OutcomeCategories.NoProblem, 0.2, "A"),
            ("A0004", AsOf, "AMR-01", OutcomeCategories.FalseDisclosure, 0.2, "A"), // on the scoring day: not past yet
            ("A0005", new DateOnly(2022, 9, 9), "AMR-05", OutcomeCategories.NoProblem, null, null),
            ("G0001", new DateOnly(2022, 9, 9), "AMR-05", OutcomeCategories.Deregistered, null, null));

        var streamed = await world.WithPagedSourceAsync(50_000, 4, async s =>
        {
            var all = new List<RiskFeatures>();
            await foreach (var f in s.CurrentAsync(AsOf, CancellationToken.None))
            {
                all.Add(f);
            }

            return all;
        });

        Assert.Equal(active, streamed.Select(f => f.TargetCode));
        Assert.All(streamed, f => Assert.Equal(AsOf, f.AsOf));
        Assert.Equal(TargetStatus.AbnormalOperation, streamed[5].Status);
        Assert.Equal((RiskTier)(7 % 4), streamed[7].Tier); // the roster's tier
        var a4 = streamed.Single(f => f.TargetCode == "A0004");
        Assert.Equal((2, 2, 91), (a4.PastInspections, a4.PastProblems, a4.DaysSinceLastInspection));
        // 622 and 91 days before 2025-01-01.
        Assert.Equal(Math.Pow(2, -622 / 365.0) + Math.Pow(2, -91 / 365.0), a4.DecayedInspections, 12);
        Assert.Equal(2 * Math.Pow(2, -622 / 365.0), a4.DecayedProblems, 12);
        Assert.Equal(1, streamed.Single(f => f.TargetCode == "A0005").PastInspections);
        Assert.Equal(a4, await world.WithSourceAsync(s => s.ForTargetAsync("A0004", AsOf, CancellationToken.None)));
    }
}
