using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>Training rows from the imported history: one per item, labelled by the category, weighted 1/λ, split by time, features before the visit.</summary>
public sealed class RiskTrainingRowsTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private static readonly RiskDataRange Range = new(new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31), new DateOnly(2024, 1, 1));

    [Fact]
    public async Task History_rows_become_weighted_labelled_rows_split_by_time_with_features_from_before_each_visit()
    {
        var world = new RiskHistoryWorld(Fixture.Factory);
        await world.AddTargetsAsync(
            ("T1", TargetKind.Enterprise, RiskHistoryWorld.Details()),
            ("T2", TargetKind.IndividualBusiness, RiskHistoryWorld.Details(tier: RiskTier.A, credit: null, registered: new DateOnly(2023, 6, 1), capital: 5m, tags: [])),
            ("T3", TargetKind.Enterprise, RiskHistoryWorld.Details(tier: RiskTier.C)));
        await world.BackdateTargetAsync("T1", new DateTime(2021, 1, 5, 0, 0, 0, DateTimeKind.Utc)); // its facts were known at its visits
        await world.AddOutcomesAsync(
            ("T1", new DateOnly(2021, 10, 1), "AMR-04", OutcomeCategories.PendingFollowUp, 0.2, "C"), // before the range: a feature only
            ("T1", new DateOnly(2022, 4, 10), "AMR-01", OutcomeCategories.NoProblem, 0.2, "C"),
            ("T1", new DateOnly(2022, 4, 10), "AMR-02", OutcomeCategories.OrderedToRectify, 0.2, "C"),
            ("T1", new DateOnly(2023, 5, 1), "AMR-01", OutcomeCategories.NotDisclosed, null, "C"),
            ("T1", new DateOnly(2024, 9, 15), "AMR-04", OutcomeCategories.NoProblem, 0.25, "D"),
            ("T1", new DateOnly(2025, 4, 1), "AMR-01", OutcomeCategories.Unreachable, 0.25, "D"), // after the range: never read
            ("T2", new DateOnly(2024, 2, 1), "AMR-01", OutcomeCategories.Deregistered, null, "B"),
            ("T3", new DateOnly(2023, 6, 1), "AMR-01", OutcomeCategories.NoProblem, 0.3, "C"));

        var set = await world.WithSourceAsync(s => s.TrainingSetAsync(Range, null, CancellationToken.None));

        // 2022: two items of T1; 2023: one of T1 (λ unknown), one of T3. 2024 validates: one of T1, one of T2 (λ unknown).
        Assert.Equal(4, set.Training.Count);
        Assert.Equal(2, set.Validation.Count);
        Assert.Equal(2, set.EstimatedWeightRows);
        Assert.All(set.Training, r => Assert.True(r.InspectedOn < Range.ValidationFrom));
        Assert.All(set.Validation, r => Assert.True(r.InspectedOn >= Range.ValidationFrom));

        var visit2022 = set.Training.Where(r => r.Features.TargetCode == "T1" && r.InspectedOn == new DateOnly(2022, 4, 10)).ToList();
        Assert.Equal([false, true], visit2022.Select(r => r.Problem).Order());
        Assert.All(visit2022, r => Assert.Equal(5, r.Weight, 9));
        Assert.All(visit2022, r => Assert.False(r.WeightEstimated));
        Assert.Equal(1, visit2022[0].Features.PastInspections); // the 2021 visit only
        Assert.Equal(1, visit2022[0].Features.PastProblems);

        // λ unknown: the mean known λ of the same year and stratum (T3's 0.3 in 2023, stratum C), flagged.
        var unknown2023 = Assert.Single(set.Training, r => r.Features.TargetCode == "T1" && r.InspectedOn.Year == 2023);
        Assert.True(unknown2023.WeightEstimated);
        Assert.Equal(1 / 0.3, unknown2023.Weight, 9);
        Assert.True(unknown2023.Problem);

        // λ unknown and no known λ of 2024 stratum B: the year's inspected share of the roster (T1, T2 of 3 targets).
        var unknown2024 = Assert.Single(set.Validation, r => r.Features.TargetCode == "T2");
        Assert.True(unknown2024.WeightEstimated);
        Assert.Equal(1.5, unknown2024.Weight, 9);
        Assert.False(unknown2024.Problem); // deregistered-revoked-or-moved is not a problem
        Assert.Equal(RiskTier.B, unknown2024.Features.Tier); // the stratum it was drawn in, not today's tier A
        Assert.Equal(0, unknown2024.Features.PastInspections);
        Assert.Null(unknown2024.Features.DaysSinceLastInspection);
        Assert.Equal(TargetStatus.Active, unknown2024.Features.Status);

        // T1 on 2024-09-15: visits 2021-10-01 (1 problem), 2022-04-10 (1 problem), 2023-05-01 (1 problem) before it.
        var f = Assert.Single(set.Validation, r => r.Features.TargetCode == "T1").Features;
        Assert.Equal(new DateOnly(2024, 9, 15), f.AsOf);
        Assert.Equal(RiskTier.D, f.Tier);
        Assert.Equal(3, f.PastInspections);
        Assert.Equal(3, f.PastProblems);
        // 1080, 889 and 503 days before: 2^(-1080/365) + 2^(-889/365) + 2^(-503/365).
        Assert.Equal(0.1286119 + 0.1848444 + 0.3847299, f.DecayedInspections, 6);
        Assert.Equal(0.1286119 + 0.1848444 + 0.3847299, f.DecayedProblems, 6);
        Assert.Equal(503, f.DaysSinceLastInspection);
        Assert.Equal(TargetKind.Enterprise, f.Kind);
        Assert.Equal("H", f.IndustrySection);
        Assert.Equal("62", f.IndustryDivision);
        Assert.Equal("640104", f.RegionCode);
        Assert.Equal(CreditClass.B, f.CreditClass);
        Assert.Equal(50m, f.RegisteredCapital);
        Assert.Equal(2, f.TagCount);
        Assert.Equal(3394 / 365.25, f.AgeYears!.Value, 9); // 2015-06-01 to 2024-09-15
    }

    [Fact]
    public async Task Pages_of_history_never_split_a_target_and_give_the_same_rows_as_one_page()
    {
        var world = new RiskHistoryWorld(Fixture.Factory);
        await world.AddTargetsAsync([.. Enumerable.Range(1, 6).Select(i => ($"P{i}", TargetKind.Enterprise, RiskHistoryWorld.Details()))]);
        var rows = new List<(string, DateOnly, string, string, double?, string?)>();
        for (var i = 1; i <= 6; i++)
        {
            // P1 has more rows than a page (5): it is completed on its own.
            for (var v = 0; v < (i == 1 ? 7 : i % 3 + 1); v++)
            {
                rows.Add(($"P{i}", new DateOnly(2022, 3, 1).AddDays(97 * v), "AMR-01", v % 2 == 0 ? OutcomeCategories.NoProblem : OutcomeCategories.FalseDisclosure, 0.1 * (1 + (i % 3)), "B"));
                rows.Add(($"P{i}", new DateOnly(2022, 3, 1).AddDays(97 * v), "AMR-02", OutcomeCategories.NoProblem, 0.1 * (1 + (i % 3)), "B"));
            }
        }

        await world.AddOutcomesAsync([.. rows]);

        var paged = await world.WithPagedSourceAsync(5, 3, s => s.TrainingSetAsync(Range, null, CancellationToken.None));
        var whole = await world.WithSourceAsync(s => s.TrainingSetAsync(Range, null, CancellationToken.None));

        Assert.Equal(rows.Count, paged.Training.Count + paged.Validation.Count);
        Assert.Equal(Key(whole.Training), Key(paged.Training));
        Assert.Equal(Key(whole.Validation), Key(paged.Validation));
    }

    [Fact]
    public async Task A_training_row_reads_todays_status_only_when_the_roster_row_has_not_changed_since_before_the_visit()
    {
        var world = new RiskHistoryWorld(Fixture.Factory);
        await world.AddTargetsAsync(
            ("S1", TargetKind.Enterprise, RiskHistoryWorld.Details(status: TargetStatus.AbnormalOperation)),
            ("S2", TargetKind.Enterprise, RiskHistoryWorld.Details(status: TargetStatus.AbnormalOperation)));
        await world.BackdateTargetAsync("S1", new DateTime(2021, 1, 5, 0, 0, 0, DateTimeKind.Utc));
        await world.AddOutcomesAsync(
            ("S1", new DateOnly(2022, 5, 1), "AMR-01", OutcomeCategories.NoProblem, 0.5, "C"),
            ("S2", new DateOnly(2022, 5, 1), "AMR-01", OutcomeCategories.Deregistered, 0.5, "C"));

        var set = await world.WithSourceAsync(s => s.TrainingSetAsync(Range, null, CancellationToken.None));

        Assert.Equal(TargetStatus.AbnormalOperation, Assert.Single(set.Training, r => r.Features.TargetCode == "S1").Features.Status);
        Assert.Equal(TargetStatus.Active, Assert.Single(set.Training, r => r.Features.TargetCode == "S2").Features.Status); // changed since: unknown then
    }

    private static List<string> Key(IEnumerable<RiskExample> rows) =>
        [.. rows.Select(r => $"{r.Features.TargetCode}|{r.InspectedOn:O}|{r.Problem}|{r.Weight:R}|{r.Features.PastInspections}|{r.Features.DecayedProblems:R}").Order(StringComparer.Ordinal)];
}
