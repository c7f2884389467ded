using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Domain.Inspections.FollowUps;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>The one place every dated fact of the features passes refuses what was not known before the row's day.</summary>
public sealed class LeakageGuardTests
{
    private static readonly DateOnly VisitDay = new(2024, 9, 15);

    private static readonly RosterFacts Roster = new(
        "T1", TargetKind.Enterprise, "H", "62", "640104", TargetStatus.Deregistered, RiskTier.C, CreditClass.B, new DateOnly(2015, 6, 1), 50m,
        "|食品经营|", new DateTime(2025, 1, 2, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void A_visit_on_or_after_the_visit_day_is_refused_and_an_earlier_one_is_counted()
    {
        var facts = new PreVisitFacts(VisitDay);
        facts.Visit(new PastVisit(VisitDay.AddDays(-1), 2));

        var sameDay = Assert.Throws<FeatureLeakException>(() => facts.Visit(new PastVisit(VisitDay, 1)));
        var later = Assert.Throws<FeatureLeakException>(() => facts.Visit(new PastVisit(VisitDay.AddDays(30), 1)));

        Assert.Equal((VisitDay, VisitDay), (sameDay.Dated, sameDay.AsOf));
        Assert.Equal(VisitDay.AddDays(30), later.Dated);
        var features = facts.Build(Roster, TargetStatus.Active, RiskTier.C);
        Assert.Equal((1, 2, 1), (features.PastInspections, features.PastProblems, features.DaysSinceLastInspection));
    }

    [Fact]
    public void A_follow_up_step_after_the_visit_day_is_refused()
    {
        var facts = new PreVisitFacts(VisitDay);
        var id = Guid.NewGuid();
        facts.FollowUp(new FollowUpStep(id, VisitDay.AddDays(-40), FollowUpStatus.HandedOver));
        facts.FollowUp(new FollowUpStep(id, VisitDay.AddDays(-20), FollowUpStatus.InProgress));
        facts.FollowUp(new FollowUpStep(id, VisitDay.AddDays(-10), FollowUpStatus.CaseFiled));

        Assert.Throws<FeatureLeakException>(() => facts.FollowUp(new FollowUpStep(id, VisitDay.AddDays(1), FollowUpStatus.Closed)));

        var features = facts.Build(Roster, TargetStatus.Active, null);
        Assert.Equal((1, 0, 0), (features.FollowUpsCaseFiled, features.FollowUpsRectified, features.FollowUpsOpen));
    }

    [Fact]
    public void A_correction_approved_on_or_after_the_day_does_not_change_what_the_day_knew()
    {
        var facts = new PreVisitFacts(VisitDay);
        facts.Visit(new PastVisit(new DateOnly(2024, 5, 1), 0, [new ResultRevision(new DateOnly(2024, 6, 1), 1), new ResultRevision(VisitDay, 3)]));

        Assert.Equal(1, facts.Build(Roster, TargetStatus.Active, null).PastProblems);
    }

    [Fact]
    public void Todays_status_describes_a_visit_only_when_the_roster_row_has_not_changed_since_before_it()
    {
        // Deregistered in the roster, last changed after the visit: the visit must not learn "deregistered".
        Assert.Equal(TargetStatus.Active, new PreVisitFacts(VisitDay).StatusAsOf(Roster));
        Assert.Equal(TargetStatus.Deregistered, new PreVisitFacts(new DateOnly(2025, 1, 3)).StatusAsOf(Roster));
    }
}
