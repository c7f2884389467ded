using DoubleRandom.Api.IntegrationTests.AfterInspection.FollowUps;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Infrastructure.Persistence;
using DoubleRandom.Infrastructure.Risk.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>
/// PostgreSQL's one-query scoring read gives exactly the rows of the provider-neutral EF read on the same data: history
/// days (decayed, days since, a day on the scoring day left out), final records and follow-up steps, as of several days.
/// </summary>
public sealed class PostgresRiskFeatureSourceTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task The_streamed_query_gives_the_rows_of_the_ef_read_with_history_records_and_follow_ups()
    {
        var s = await FollowUpScenario.StartAsync(Fixture.Factory, Client);
        var codes = s.Group.TargetCodes;
        var rectified = (await s.HandOverAsync(item: 0)).GetProperty("id").GetGuid();
        await FollowUpScenario.MoveAsync(s.Group.Leader.Client, rectified, "inProgress");
        await FollowUpScenario.MoveAsync(s.Group.Leader.Client, rectified, "rectified");
        await s.HandOverAsync(item: 1);
        var today = FollowUpScenario.Today;
        var world = new RiskHistoryWorld(Fixture.Factory);
        await world.AddOutcomesAsync(
            (codes[0], new DateOnly(2023, 4, 20), "AMR-01", OutcomeCategories.OrderedToRectify, 0.2, "A"),
            (codes[0], new DateOnly(2023, 4, 20), "AMR-02", OutcomeCategories.NoProblem, 0.2, "A"),
            (codes[0], new DateOnly(2025, 10, 2), "AMR-04", OutcomeCategories.FalseDisclosure, 0.3, "B"),
            (codes[0], today, "AMR-01", OutcomeCategories.OrderedToRectify, 0.2, "A"), // on the scoring day: not past yet
            (codes[1], new DateOnly(2022, 9, 9), "AMR-05", OutcomeCategories.NoProblem, null, null),
            (codes[1], today.AddDays(1), "AMR-05", OutcomeCategories.OrderedToRectify, null, null));

        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ef = new RiskFeatureSource(db, NullLogger<RiskFeatureSource>.Instance) { TargetPageSize = 3 };
        Assert.IsType<PostgresRiskFeatureSource>(scope.ServiceProvider.GetRequiredService<IRiskFeatureSource>());
        var streamed = new PostgresRiskFeatureSource(db, ef);
        foreach (var day in new[] { new DateOnly(2025, 1, 1), today, today.AddDays(1), today.AddDays(2) })
        {
            var expected = (await RiskHistoryWorld.CurrentAsync(ef, day)).Select(Rounded).ToList();
            var actual = (await RiskHistoryWorld.CurrentAsync(streamed, day)).Select(Rounded).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }

        // The data reaches every kind of past: history days (today's is past tomorrow), the record, follow-ups rectified and open.
        var later = (await RiskHistoryWorld.CurrentAsync(streamed, today.AddDays(1))).ToDictionary(f => f.TargetCode);
        var first = later[codes[0]];
        Assert.Equal((4, 1, 0, 1, 1), (first.PastInspections, first.DaysSinceLastInspection, first.FollowUpsCaseFiled, first.FollowUpsRectified, first.FollowUpsOpen));
        Assert.True(first.PastProblems > 2 && first.DecayedInspections is > 1 and < 4);
        Assert.Equal(2, later[codes[1]].PastInspections); // its history day tomorrow is not past
    }

    /// <summary>The decayed counts are sums of the same terms in another order: equal to 12 significant digits.</summary>
    private static RiskFeatures Rounded(RiskFeatures f) =>
        f with { DecayedInspections = Math.Round(f.DecayedInspections, 12), DecayedProblems = Math.Round(f.DecayedProblems, 12) };
}
