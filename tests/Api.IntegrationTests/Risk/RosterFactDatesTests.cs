using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Rosters;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>
/// The roster facts a training row reads (docs/risk-model.md §2, ADR 0028): a fact whose last change is on or after the
/// visit is unknown then, each fact by its own change date; a re-score moves none of them; λ estimated by the harmonic mean.
/// </summary>
public sealed class RosterFactDatesTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static readonly RiskDataRange Range = new(new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31), new DateOnly(2024, 1, 1));
    private static readonly DateTime Created = new(2021, 1, 5, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Credit_class_and_tags_changed_after_a_visit_are_unknown_in_its_row_and_known_in_later_rows()
    {
        var world = new RiskHistoryWorld(Fixture.Factory);
        await world.AddTargetsAsync(("C1", TargetKind.Enterprise, RiskHistoryWorld.Details(credit: CreditClass.B, tags: ["食品经营"])));
        await world.BackdateTargetAsync("C1", Created);
        // Downgraded and tagged 重点监管 after the 2022 visit (as an inspection's outcome would); the industry stays.
        await world.EditTargetAsync("C1", RiskHistoryWorld.Details(credit: CreditClass.D, tags: ["食品经营", "重点监管"]), new DateTime(2023, 1, 10, 0, 0, 0, DateTimeKind.Utc));
        await world.AddOutcomesAsync(
            ("C1", new DateOnly(2022, 5, 1), "AMR-01", OutcomeCategories.OrderedToRectify, 0.5, "C"),
            ("C1", new DateOnly(2024, 5, 1), "AMR-01", OutcomeCategories.NoProblem, 0.5, "C"));

        var set = await world.WithSourceAsync(s => s.TrainingSetAsync(Range, null, CancellationToken.None));

        var before = Assert.Single(set.Training).Features;
        Assert.Null(before.CreditClass); // unknown ("U"), not the D the visit caused
        Assert.Equal(0, before.TagCount);
        Assert.Equal(("H", "62", "640104", 50m), (before.IndustrySection, before.IndustryDivision, before.RegionCode, before.RegisteredCapital));
        var after = Assert.Single(set.Validation).Features;
        Assert.Equal(CreditClass.D, after.CreditClass);
        Assert.Equal(2, after.TagCount);
        Assert.All(set.Training.Concat(set.Validation), r => Assert.Equal(TargetStatus.Active, r.Features.Status));
    }

    [Fact]
    public async Task A_region_or_capital_changed_after_a_visit_is_unknown_in_its_row()
    {
        var world = new RiskHistoryWorld(Fixture.Factory);
        await world.AddTargetsAsync(("P1", TargetKind.Enterprise, RiskHistoryWorld.Details()));
        await world.BackdateTargetAsync("P1", Created);
        await world.EditTargetAsync("P1", RiskHistoryWorld.Details(capital: 5m), new DateTime(2023, 1, 10, 0, 0, 0, DateTimeKind.Utc));
        await world.AddOutcomesAsync(("P1", new DateOnly(2022, 5, 1), "AMR-01", OutcomeCategories.NoProblem, 0.5, "C"));

        var set = await world.WithSourceAsync(s => s.TrainingSetAsync(Range, null, CancellationToken.None));

        var f = Assert.Single(set.Training).Features;
        Assert.Equal((null, null, "", null), (f.IndustrySection, f.IndustryDivision, f.RegionCode, f.RegisteredCapital));
        Assert.Equal(CreditClass.B, f.CreditClass); // its own date: unchanged since 2021
        Assert.Equal(2, f.TagCount);
    }

    [Fact]
    public async Task A_status_held_since_before_a_visit_survives_a_rescore_and_a_status_changed_after_it_does_not()
    {
        var world = new RiskHistoryWorld(Fixture.Factory);
        await world.AddTargetsAsync(
            ("S1", TargetKind.Enterprise, RiskHistoryWorld.Details(status: TargetStatus.AbnormalOperation)),
            ("S2", TargetKind.Enterprise, RiskHistoryWorld.Details()));
        await world.BackdateTargetAsync("S1", Created);
        await world.BackdateTargetAsync("S2", Created);
        await world.EditTargetAsync("S2", RiskHistoryWorld.Details(status: TargetStatus.AbnormalOperation), new DateTime(2023, 1, 10, 0, 0, 0, DateTimeKind.Utc));
        // A scoring writes both rows today (their last change): no fact changed.
        await world.SetModelRiskAsync("S1", 0.4, RiskTier.D, 1);
        await world.SetModelRiskAsync("S2", 0.1, RiskTier.A, 1);
        await world.AddOutcomesAsync(
            ("S1", new DateOnly(2022, 5, 1), "AMR-01", OutcomeCategories.NoProblem, 0.5, "C"),
            ("S2", new DateOnly(2022, 5, 1), "AMR-01", OutcomeCategories.NoProblem, 0.5, "C"));

        var set = await world.WithSourceAsync(s => s.TrainingSetAsync(Range, null, CancellationToken.None));

        Assert.Equal(TargetStatus.AbnormalOperation, Assert.Single(set.Training, r => r.Features.TargetCode == "S1").Features.Status);
        Assert.Equal(TargetStatus.Active, Assert.Single(set.Training, r => r.Features.TargetCode == "S2").Features.Status);
        Assert.Equal(CreditClass.B, Assert.Single(set.Training, r => r.Features.TargetCode == "S1").Features.CreditClass);
    }

    [Fact]
    public async Task An_unknown_lambda_is_the_harmonic_mean_of_the_known_lambdas_of_its_year_and_stratum()
    {
        var world = new RiskHistoryWorld(Fixture.Factory);
        await world.AddOutcomesAsync(
            ("L1", new DateOnly(2022, 5, 1), "AMR-01", OutcomeCategories.NoProblem, 0.1, "B"),
            ("L2", new DateOnly(2022, 6, 1), "AMR-01", OutcomeCategories.NoProblem, 0.5, "B"),
            ("L3", new DateOnly(2022, 7, 1), "AMR-01", OutcomeCategories.NoProblem, null, "B"));

        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var estimate = await InclusionEstimate.LoadAsync(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>(), CancellationToken.None);

        var (lambda, estimated) = estimate.Of(null, 2022, "B");
        Assert.True(estimated);
        Assert.Equal(6, 1 / lambda, 9); // mean of the weights 10 and 2, not 1 / mean(0.1, 0.5) = 3.33
        Assert.Equal((0.1, false), estimate.Of(0.1, 2022, "B"));
    }

    [Fact]
    public async Task The_year_share_fallback_divides_by_the_targets_live_that_year()
    {
        var world = new RiskHistoryWorld(Fixture.Factory);
        await world.AddTargetsAsync(
            ("Y1", TargetKind.Enterprise, RiskHistoryWorld.Details()),
            ("Y2", TargetKind.Enterprise, RiskHistoryWorld.Details()),
            ("Y3", TargetKind.Enterprise, RiskHistoryWorld.Details(registered: new DateOnly(2024, 3, 1)))); // not registered in 2022
        await world.RetireTargetAsync("Y2"); // retired now: live in 2022
        await world.AddOutcomesAsync(("Y1", new DateOnly(2022, 5, 1), "AMR-01", OutcomeCategories.NoProblem, null, "C"));

        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var estimate = await InclusionEstimate.LoadAsync(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>(), CancellationToken.None);

        Assert.Equal((0.5, true), estimate.Of(null, 2022, "C"));
    }
}
