using DoubleRandom.Analytics.Evaluation.Estimation;

namespace DoubleRandom.Analytics.Tests.Evaluation.Estimation;

/// <summary>
/// The design-based estimators against values computed by hand. The sample (stratum, λ, y):
/// stratum S of N = 14 with four Pareto-drawn units (0.5, 1), (0.5, 0), (0.25, 1), (0.25, 0), and a take-all stratum T
/// of N = 2 with (1, 1), (1, 0). N = 16; Σ y/λ = 2 + 4 + 1 = 7; Σ 1/λ = 2 + 2 + 4 + 4 + 1 + 1 = 14.
/// In S: c = 1 − λ = 0.5, 0.5, 0.75, 0.75, Σc = 2.5, n/(n − 1) = 4/3. T adds no variance (c = 0).
/// </summary>
public sealed class DesignEstimatorTests
{
    private static readonly SurveyUnit[] Sample =
    [
        new("S", 0.5, 1), new("S", 0.5, 0), new("S", 0.25, 1), new("S", 0.25, 0),
        new("T", 1, 1), new("T", 1, 0),
    ];

    [Fact]
    public void Horvitz_thompson_divides_the_weighted_total_by_the_known_size()
    {
        // HT = 7 / 16 = 0.4375. Its variance with e = y/N: z = e/λ in S = 2/16, 0, 4/16, 0 = 0.125, 0, 0.25, 0.
        // B = Σ c z / Σ c = (0.5·0.125 + 0.75·0.25) / 2.5 = 0.25 / 2.5 = 0.1.
        // Σ c (z − B)² = 0.5·0.025² + 0.5·0.1² + 0.75·0.15² + 0.75·0.1² = 0.0003125 + 0.005 + 0.016875 + 0.0075 = 0.0296875.
        // V = 4/3 · 0.0296875; the take-all stratum adds nothing.
        var estimate = DesignEstimator.EstimateRate(Sample, 16);

        var ht = Assert.IsType<Application.Evaluation.Model.ConfidenceInterval>(estimate.HorvitzThompson);
        var se = Math.Sqrt(4.0 / 3 * 0.0296875);
        Assert.Equal(0.4375, ht.Estimate, 12);
        Assert.Equal(se, ht.StandardError, 12);
        Assert.Equal(0.4375 - 1.959963984540054 * se, ht.Low, 12);
        Assert.Equal(0.4375 + 1.959963984540054 * se, ht.High, 12);
        Assert.Equal(6, estimate.SampleSize);
        Assert.Equal(3, estimate.Sum);
        Assert.Equal(0.5, estimate.Naive);
        Assert.Equal(14, estimate.EstimatedPopulation, 12);
        Assert.False(estimate.VarianceIncomplete);
    }

    [Fact]
    public void Hajek_divides_by_the_estimated_size_with_the_linearised_variance()
    {
        // R = 7 / 14 = 0.5, N̂ = 14, e = (y − 0.5)/14; z = e/λ in S, in units of 1/14: 1, −1, 2, −2.
        // B = (0.5 − 0.5 + 1.5 − 1.5) / 2.5 = 0; Σ c z² = 0.5 + 0.5 + 0.75·4 + 0.75·4 = 7 → 7/196.
        // V = 4/3 · 7/196 = 1/21.
        var estimate = DesignEstimator.EstimateRate(Sample, null);

        Assert.Null(estimate.HorvitzThompson);
        var hajek = Assert.IsType<Application.Evaluation.Model.ConfidenceInterval>(estimate.Hajek);
        var se = Math.Sqrt(1.0 / 21);
        Assert.Equal(0.5, hajek.Estimate, 12);
        Assert.Equal(se, hajek.StandardError, 12);
        Assert.Equal(0.5 - 1.959963984540054 * se, hajek.Low, 12);
        Assert.Equal(0.5 + 1.959963984540054 * se, hajek.High, 12);
    }

    [Fact]
    public void A_take_all_stratum_alone_is_a_census_without_variance()
    {
        // Both units have λ = 1: HT = Hájek = 1/2 exactly, with no sampling error.
        var estimate = DesignEstimator.EstimateRate(Sample[4..], 2);

        Assert.Equal(0.5, estimate.HorvitzThompson!.Estimate);
        Assert.Equal(0, estimate.HorvitzThompson.StandardError);
        Assert.Equal(0.5, estimate.Hajek!.Estimate);
        Assert.Equal(0, estimate.Hajek.StandardError);
        Assert.Equal((0.5, 0.5), (estimate.Hajek.Low, estimate.Hajek.High));
        Assert.False(estimate.VarianceIncomplete);
    }

    [Fact]
    public void A_domain_keeps_the_units_outside_it_in_the_variance_with_e_zero()
    {
        // Domain: S (0.5, 1), S (0.25, 0), T (1, 1). Σ d y/λ = 2 + 1 = 3, Σ d/λ = 2 + 4 + 1 = 7, R = 3/7, N̂ = 7.
        // e = d (y − 3/7)/7; z = e/λ in S, in units of 1/49: (4/7·7)/0.5 = 8, 0 (outside), 0 (outside), (−3)/0.25 = −12.
        // B = (0.5·8 + 0.75·(−12)) / 2.5 = −5 / 2.5 = −2.
        // Σ c (z − B)² = 0.5·10² + 0.5·2² + 0.75·2² + 0.75·10² = 50 + 2 + 3 + 75 = 130 → V = 4/3 · 130 / 49².
        // The interval 3/7 ± 1.96·0.2687 starts below 0 and is clamped.
        // With a known domain size 8: HT = 3/8, z = d y/8/λ in units of 1/8: 2, 0, 0, 0; B = 1/2.5 = 0.4;
        // Σ c (z − B)² = 0.5·1.6² + 0.5·0.4² + 0.75·0.4² + 0.75·0.4² = 1.28 + 0.08 + 0.12 + 0.12 = 1.6 → V = 4/3 · 1.6/64.
        bool[] inDomain = [true, false, false, true, true, false];
        var sample = Sample.Select((u, i) => u with { InDomain = inDomain[i] }).ToArray();

        var estimate = DesignEstimator.EstimateRate(sample, 8);

        var se = Math.Sqrt(4.0 / 3 * 130 / (49.0 * 49));
        Assert.Equal(3.0 / 7, estimate.Hajek!.Estimate, 12);
        Assert.Equal(se, estimate.Hajek.StandardError, 12);
        Assert.Equal(0, estimate.Hajek.Low);
        Assert.Equal(3.0 / 7 + 1.959963984540054 * se, estimate.Hajek.High, 12);
        Assert.Equal(3.0 / 8, estimate.HorvitzThompson!.Estimate, 12);
        Assert.Equal(Math.Sqrt(4.0 / 3 * 1.6 / 64), estimate.HorvitzThompson.StandardError, 12);
        Assert.Equal(3, estimate.SampleSize);
        Assert.Equal(2, estimate.Sum);
        Assert.Equal(2.0 / 3, estimate.Naive!.Value, 12);
        Assert.Equal(7, estimate.EstimatedPopulation, 12);
    }

    [Fact]
    public void A_stratum_with_one_unit_below_one_leaves_its_variance_unestimated()
    {
        // U has one unit of λ < 1 beside a take-all unit: its variance counts as zero and the estimate says so.
        SurveyUnit[] sample = [.. Sample, new("U", 0.5, 1), new("U", 1, 0)];

        var estimate = DesignEstimator.EstimateRate(sample, null);

        Assert.True(estimate.VarianceIncomplete);
        // Σ y/λ = 7 + 2 = 9, Σ 1/λ = 14 + 2 + 1 = 17.
        Assert.Equal(9.0 / 17, estimate.Hajek!.Estimate, 12);
    }

    [Fact]
    public void A_lone_unit_outside_the_domain_does_not_make_the_variance_incomplete()
    {
        SurveyUnit[] sample = [.. Sample, new("U", 0.5, 1, InDomain: false)];

        var estimate = DesignEstimator.EstimateRate(sample, 16);

        Assert.False(estimate.VarianceIncomplete);
        Assert.Equal(0.4375, estimate.HorvitzThompson!.Estimate, 12);
        Assert.Equal(Math.Sqrt(4.0 / 3 * 0.0296875), estimate.HorvitzThompson.StandardError, 12);
    }

    [Fact]
    public void An_empty_domain_has_no_estimate()
    {
        var sample = Sample.Select(u => u with { InDomain = false }).ToArray();

        var estimate = DesignEstimator.EstimateRate(sample, 5);

        Assert.Equal(0, estimate.SampleSize);
        Assert.Null(estimate.Naive);
        Assert.Null(estimate.HorvitzThompson);
        Assert.Null(estimate.Hajek);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_lambda_outside_zero_to_one_is_refused(double lambda) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DesignEstimator.EstimateRate([new("S", lambda, 1)], null));

    [Fact]
    public void The_hajek_rosen_variance_skips_take_all_units()
    {
        // Two units below one, (0.5, z = 2) and (0.5, z = 0): B = 1, Σ c (z − B)² = 0.5 + 0.5 = 1, V = 2/1 · 1 = 2.
        Assert.Equal(2, DesignEstimator.HajekRosenVariance([(0.5, 1), (0.5, 0), (1, 5)]), 12);
        Assert.Equal(0, DesignEstimator.HajekRosenVariance([(0.5, 1), (1, 5)]));
    }
}
