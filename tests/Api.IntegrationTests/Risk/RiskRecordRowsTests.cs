using System.Net;
using DoubleRandom.Api.IntegrationTests.AfterInspection.Corrections;
using DoubleRandom.Api.IntegrationTests.AfterInspection.FollowUps;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>
/// Training rows and features from the inspection records of #11 and #15: final records only, their current (corrected)
/// results as labels, λ and tier from the sealed draw; a day's features see the follow-up steps and corrections made
/// before it only.
/// </summary>
public sealed class RiskRecordRowsTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static readonly DateOnly VisitDay = new(2026, 12, 1); // InspectionScenario's records start then (Asia/Shanghai)

    [Fact]
    public async Task Final_records_give_one_row_per_item_weighted_by_the_draws_lambda_and_a_corrected_record_its_corrected_label()
    {
        var c = await CorrectionScenario.StartAsync(Fixture.Factory, Client);
        // Group 2 has a record with problems that is not final (its summary is not signed off): not a training row.
        var open = c.Inspection.Group(2);
        await c.Inspection.RecordAsync(open.Member, open.TargetCodes[0], "ordered-to-rectify");
        var corrected = c.Group.TargetCodes[0];
        var correction = await c.RequestAsync(c.FirstRecord);
        (await CorrectionScenario.DecideAsync(c.Leader, correction, "approval")).EnsureSuccessStatusCode();

        var world = new RiskHistoryWorld(Fixture.Factory);
        var set = await world.WithSourceAsync(s => s.TrainingSetAsync(
            new RiskDataRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 1)), null, CancellationToken.None));

        Assert.Empty(set.Training); // every visit is on 2026-12-01, the first day of validation
        Assert.Equal(c.Group.TargetCodes.Count * 2, set.Validation.Count);
        Assert.Equal(0, set.EstimatedWeightRows);
        Assert.DoesNotContain(set.Validation, r => r.Features.TargetCode == open.TargetCodes[0]);
        var selections = await SelectionsAsync(c.Inspection.DrawId);
        foreach (var row in set.Validation)
        {
            var (lambda, stratum) = selections[row.Features.TargetCode];
            Assert.Equal(1 / lambda, row.Weight, 12);
            Assert.False(row.WeightEstimated);
            Assert.Equal(stratum, row.Features.Tier?.ToString());
            Assert.Equal(VisitDay, row.InspectedOn);
            Assert.Equal(row.Features.TargetCode == corrected, row.Problem); // the corrected record: ordered to rectify; the others: no problem
            Assert.Equal(0, row.Features.PastInspections);
        }
    }

    [Fact]
    public async Task A_days_features_count_the_follow_up_steps_made_before_it_and_not_those_of_that_day()
    {
        var s = await FollowUpScenario.StartAsync(Fixture.Factory, Client);
        var code = s.Group.TargetCodes[0];
        var rectified = (await s.HandOverAsync(item: 0)).GetProperty("id").GetGuid();
        await FollowUpScenario.MoveAsync(s.Group.Leader.Client, rectified, "inProgress");
        await FollowUpScenario.MoveAsync(s.Group.Leader.Client, rectified, "rectified");
        await s.HandOverAsync(item: 1); // still handed over: open
        var today = FollowUpScenario.Today;
        var world = new RiskHistoryWorld(Fixture.Factory);

        // As of today: the record (2026-12-01) is past, every follow-up step of today is not.
        var asOfToday = await world.WithSourceAsync(x => x.ForTargetAsync(code, today, CancellationToken.None));
        Assert.NotNull(asOfToday);
        Assert.Equal((1, 2, 0, 0, 0), (asOfToday.PastInspections, asOfToday.PastProblems, asOfToday.FollowUpsCaseFiled, asOfToday.FollowUpsRectified, asOfToday.FollowUpsOpen));

        var tomorrow = await world.WithSourceAsync(x => x.ForTargetAsync(code, today.AddDays(1), CancellationToken.None));
        Assert.NotNull(tomorrow);
        Assert.Equal((1, 2, 0, 1, 1), (tomorrow.PastInspections, tomorrow.PastProblems, tomorrow.FollowUpsCaseFiled, tomorrow.FollowUpsRectified, tomorrow.FollowUpsOpen));
        Assert.Equal(today.AddDays(1).DayNumber - VisitDay.DayNumber, tomorrow.DaysSinceLastInspection);
        Assert.Equal(2 * Math.Pow(2, -(today.AddDays(1).DayNumber - VisitDay.DayNumber) / 365.0), tomorrow.DecayedProblems, 12);

        Assert.Null(await world.WithSourceAsync(x => x.ForTargetAsync("NOT-IN-ROSTER", today, CancellationToken.None)));
    }

    [Fact]
    public async Task A_past_visit_counts_as_corrected_only_from_the_day_after_the_correction_was_approved()
    {
        var c = await CorrectionScenario.StartAsync(Fixture.Factory, Client);
        var code = c.Group.TargetCodes[0];
        var correction = await c.RequestAsync(c.FirstRecord);
        (await CorrectionScenario.DecideAsync(c.Leader, correction, "approval")).EnsureSuccessStatusCode();
        var today = FollowUpScenario.Today;
        var world = new RiskHistoryWorld(Fixture.Factory);

        var before = await world.WithSourceAsync(x => x.ForTargetAsync(code, today, CancellationToken.None));
        var after = await world.WithSourceAsync(x => x.ForTargetAsync(code, today.AddDays(1), CancellationToken.None));

        Assert.Equal((1, 0), (before!.PastInspections, before.PastProblems)); // no problem, as it stood before the approval
        Assert.Equal((1, 2), (after!.PastInspections, after.PastProblems)); // both items ordered to rectify
    }

    [Fact]
    public async Task Records_not_final_are_no_past_and_no_rows()
    {
        var s = await FollowUpScenario.StartAsync(Fixture.Factory, Client, final: false);
        var world = new RiskHistoryWorld(Fixture.Factory);
        var code = s.Group.TargetCodes[0];

        var features = await world.WithSourceAsync(x => x.ForTargetAsync(code, FollowUpScenario.Today.AddDays(1), CancellationToken.None));
        var set = await world.WithSourceAsync(x => x.TrainingSetAsync(
            new RiskDataRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31)), null, CancellationToken.None));

        Assert.Equal(0, features!.PastInspections);
        Assert.Empty(set.Training);
        Assert.Empty(set.Validation);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/v1/inspection-records/{s.RecordId}")).StatusCode);
    }

    private async Task<Dictionary<string, (double Lambda, string Stratum)>> SelectionsAsync(Guid drawId)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.DrawSelections.Where(x => x.DrawId == drawId)
            .ToDictionaryAsync(x => x.TargetCode, x => (x.Lambda, x.Stratum), StringComparer.Ordinal);
    }
}
