using DoubleRandom.Analytics.Evaluation.Reports.Sections;
using DoubleRandom.Application.Evaluation.Facts;
using static DoubleRandom.Analytics.Tests.Evaluation.Reports.Sections.SectionFacts;

namespace DoubleRandom.Analytics.Tests.Evaluation.Reports.Sections;

/// <summary>
/// The estimate section against hand-computed values. Draw d (stratified by tier; B by region 6402):
/// stratum "d|A" (N = 14): (λ, y, region) = (0.5, 1, 640100), (0.5, 0, 640100), (0.25, 1, 640200), (0.25, 0, 640100);
/// take-all stratum "d|B:6402" (N = 2): (1, 1, 640200), (1, 0, 640200); and one sample without λ (tier A, a problem).
/// Overall as in DesignEstimatorTests: HT = 7/16, V = 4/3 · 0.0296875.
/// </summary>
public sealed class EstimateSectionBuilderTests
{
    private const double Z = 1.959963984540054;

    private static readonly SampleFact[] Samples =
    [
        Sample("d|A", 0.5, true, "A", "640100"),
        Sample("d|A", 0.5, false, "A", "640100"),
        Sample("d|A", 0.25, true, "A", "640200"),
        Sample("d|A", 0.25, false, "A", "640100"),
        Sample("d|B:6402", 1, true, "B", "640200"),
        Sample("d|B:6402", 1, false, "B", "640200"),
        Sample("d|A", null, true, "A", "640100"),
    ];

    private static readonly StratumFact[] Strata =
    [
        new("d|A", Day, 14, 4, 0, 4),
        new("d|B:6402", Day, 2, 2, 2, 2),
    ];

    [Fact]
    public void Overall_gives_horvitz_thompson_with_the_known_size_beside_the_naive_rate()
    {
        var section = EstimateSectionBuilder.Build(With(Samples, Strata), Samples, Label);

        Assert.True(section.Status.HasData);
        Assert.Equal(1, section.ExcludedWithoutLambda);
        var overall = section.Overall!;
        Assert.Equal(("all", "全部", 6L, 3L, 16L), (overall.Key, overall.Label, overall.SampleSize, overall.Problems, overall.KnownPopulation!.Value));
        Assert.Equal(0.5, overall.NaiveRate);
        Assert.Equal(7.0 / 16, overall.HorvitzThompson!.Estimate, 12);
        Assert.Equal(Math.Sqrt(4.0 / 3 * 0.0296875), overall.HorvitzThompson.StandardError, 12);
        Assert.Equal(0.5, overall.Hajek!.Estimate, 12);
        Assert.Equal(14, overall.EstimatedPopulation, 12);
        Assert.Null(overall.Note);
        Assert.Contains("Hájek–Rosén", section.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tier_the_draws_were_stratified_by_gets_horvitz_thompson()
    {
        // Tier A = stratum d|A, N = 14: HT = (2 + 4)/14 = 3/7; z = y/(14λ) in units of 1/14: 2, 0, 4, 0;
        // B = (0.5·2 + 0.75·4)/2.5 = 1.6; Σ c (z − B)² = 0.08 + 1.28 + 4.32 + 1.92 = 7.6 → V = 4/3 · 7.6/196.
        // Hájek: 6 / (2 + 2 + 4 + 4) = 0.5. Tier B = the take-all stratum: 1/2 without error.
        var section = EstimateSectionBuilder.Build(With(Samples, Strata), Samples, Label);

        Assert.Equal(["A", "B"], section.ByTier.Select(r => r.Key));
        var a = section.ByTier[0];
        Assert.Equal("tier:A", a.Label);
        Assert.Equal(14, a.KnownPopulation);
        Assert.Equal(3.0 / 7, a.HorvitzThompson!.Estimate, 12);
        Assert.Equal(Math.Sqrt(4.0 / 3 * 7.6 / 196), a.HorvitzThompson.StandardError, 12);
        Assert.Equal(0.5, a.Hajek!.Estimate, 12);
        Assert.Null(a.Note);
        var b = section.ByTier[1];
        Assert.Equal((0.5, 0.0, 2L), (b.HorvitzThompson!.Estimate, b.HorvitzThompson.StandardError, b.KnownPopulation!.Value));
    }

    [Fact]
    public void A_region_the_draws_were_not_stratified_by_gets_hajek_only_with_a_note()
    {
        // 640100: (0.5, 1), (0.5, 0), (0.25, 0): R = 2/8 = 0.25, N̂ = 8; e = d (y − 0.25)/8, z = e/λ in units of 1/32:
        // 6, −2, 0 (outside), −4; B = (3 − 1 − 3)/2.5 = −0.4; Σ c (z − B)² = 20.48 + 1.28 + 0.12 + 9.72 = 31.6
        // → V = 4/3 · 31.6/1024. 640200: (0.25, 1), (1, 1), (1, 0): R = 5/6 — its strata include d|A, which has no region.
        var section = EstimateSectionBuilder.Build(With(Samples, Strata), Samples, Label);

        Assert.Equal(["640100", "640200"], section.ByRegion.Select(r => r.Key));
        var yinchuan = section.ByRegion[0];
        Assert.Null(yinchuan.HorvitzThompson);
        Assert.Null(yinchuan.KnownPopulation);
        Assert.Equal(0.25, yinchuan.Hajek!.Estimate, 12);
        Assert.Equal(Math.Sqrt(4.0 / 3 * 31.6 / 1024), yinchuan.Hajek.StandardError, 12);
        Assert.Equal(Math.Max(0, 0.25 - Z * yinchuan.Hajek.StandardError), yinchuan.Hajek.Low, 12);
        Assert.Equal(1.0 / 3, yinchuan.NaiveRate!.Value, 12);
        Assert.Contains("未按地市分层", yinchuan.Note, StringComparison.Ordinal);
        Assert.Equal(5.0 / 6, section.ByRegion[1].Hajek!.Estimate, 12);
        Assert.Null(section.ByRegion[1].HorvitzThompson);
    }

    [Fact]
    public void History_in_the_period_leaves_the_overall_without_horvitz_thompson()
    {
        SampleFact[] samples = [.. Samples, Sample("h|2026|t|A", 0.5, false, "A", "640100"), Sample("h|2026|t|A", 0.5, true, "A", "640100")];
        StratumFact[] strata = [.. Strata, new("h|2026|t|A", Day, null, 2, 0, 2)];

        var section = EstimateSectionBuilder.Build(With(samples, strata), samples, Label);

        Assert.Null(section.Overall!.HorvitzThompson);
        Assert.Null(section.Overall.KnownPopulation);
        // Σ y/λ = 7 + 2 = 9, Σ 1/λ = 14 + 4 = 18.
        Assert.Equal(0.5, section.Overall.Hajek!.Estimate, 12);
        Assert.Contains("总体规模未知", section.Overall.Note, StringComparison.Ordinal);
        Assert.Null(section.ByTier[0].HorvitzThompson);
    }

    [Fact]
    public void Drawn_targets_without_a_record_are_noted_and_a_lone_unit_leaves_the_variance_incomplete()
    {
        SampleFact[] samples = [.. Samples, Sample("d|C", 0.2, true, "C", "640100")];
        StratumFact[] strata = [new("d|A", Day, 14, 6, 0, 4), Strata[1], new("d|C", Day, 20, 4, 0, 1)];

        var section = EstimateSectionBuilder.Build(With(samples, strata), samples, Label);

        Assert.Equal(36, section.Overall!.KnownPopulation);
        Assert.Contains("5 个对象尚无最终检查记录", section.Overall.Note, StringComparison.Ordinal);
        Assert.Contains("方差无法估计", section.Overall.Note, StringComparison.Ordinal);
        Assert.Contains("方差无法估计", section.ByTier.Single(r => r.Key == "C").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void No_samples_or_no_lambda_give_a_section_that_says_so()
    {
        var empty = EstimateSectionBuilder.Build(With(), [], Label);
        Assert.False(empty.Status.HasData);
        Assert.Contains("没有检查记录", empty.Status.NoDataReason, StringComparison.Ordinal);
        Assert.Null(empty.Overall);

        SampleFact[] noLambda = [Sample("h|2026|t|A", null, true, null, "640100")];
        var unknown = EstimateSectionBuilder.Build(With(noLambda), noLambda, Label);
        Assert.False(unknown.Status.HasData);
        Assert.Equal(1, unknown.ExcludedWithoutLambda);
        Assert.Contains("入样概率未知", unknown.Status.NoDataReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unrated_targets_form_the_none_row_and_lie_in_stratum_u()
    {
        SampleFact[] samples = [Sample("d|U", 0.5, true, null, "640100"), Sample("d|U", 0.5, false, null, "640100")];
        StratumFact[] strata = [new("d|U", Day, 4, 2, 0, 2)];

        var section = EstimateSectionBuilder.Build(With(samples, strata), samples, Label);

        var none = Assert.Single(section.ByTier);
        Assert.Equal(("none", 4L), (none.Key, none.KnownPopulation!.Value));
        Assert.Equal(0.5, none.HorvitzThompson!.Estimate, 12);
    }
}
