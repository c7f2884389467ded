using System.Numerics;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Api.UnitTests.Draws;

/// <summary>
/// Score-mode weights at their edges (#16, ADR 0031): every weight an integer 1..1,000,000 and, checked here in exact
/// integers independent of <see cref="ScoreWeights"/>' own arithmetic, λ_min = n·min/Σw ≥ α·n/N, i.e.
/// N·10000·min ≥ α_bp·Σw.
/// </summary>
public sealed class ScoreWeightsTests
{
    private static readonly double[] Varied = [0.01, 0.05, 0.2, 0.5, 0.9, double.NaN, 0.3, 0.0];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(5000)]
    [InlineData(9999)]
    [InlineData(10_000)]
    public void Varied_scores_keep_the_floor_at_every_uniform_share(int alphaBp)
    {
        var weights = ScoreWeights.Of(Varied, alphaBp);

        AssertBounds(weights, alphaBp);
        Assert.True(weights[4] >= weights[0], "a higher score never weighs less");
    }

    [Fact]
    public void Alpha_zero_weighs_by_the_score_alone_and_a_zero_score_still_weighs_one()
    {
        var weights = ScoreWeights.Of([0.1, 0.2, 0.4, 0.0], 0);

        AssertBounds(weights, 0);
        Assert.Equal(1, weights[3]);
        Assert.InRange(weights[2], ScoreWeights.MaxWeight - 2, ScoreWeights.MaxWeight);
        Assert.InRange(weights[1] * 2L - weights[2], -2, 2);
        Assert.InRange(weights[0] * 4L - weights[2], -4, 4);
    }

    [Fact]
    public void Alpha_ten_thousand_weighs_every_target_the_same()
    {
        var weights = ScoreWeights.Of(Varied, 10_000);

        AssertBounds(weights, 10_000);
        Assert.Single(weights.Distinct());
    }

    [Theory]
    [InlineData(0.7)]
    [InlineData(double.NaN)]
    [InlineData(0.0)]
    public void A_single_target_has_one_valid_weight(double score)
    {
        var weights = ScoreWeights.Of([score], 1000);

        AssertBounds(weights, 1000);
        Assert.Single(weights);
    }

    [Fact]
    public void All_unscored_or_all_zero_weigh_one_each()
    {
        Assert.All(ScoreWeights.Of([double.NaN, double.NaN, double.NaN], 1000), w => Assert.Equal(1, w));
        Assert.All(ScoreWeights.Of([0.0, 0.0, 0.0, 0.0], 1000), w => Assert.Equal(1, w));
        AssertBounds(ScoreWeights.Of([double.NaN, double.NaN], 1000), 1000);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(2000)]
    public void One_score_far_above_the_mean_is_clamped_and_the_small_ones_keep_the_floor(int alphaBp)
    {
        var scores = Enumerable.Repeat(1e-6, 9_999).Append(1.0).ToArray();

        var weights = ScoreWeights.Of(scores, alphaBp);

        AssertBounds(weights, alphaBp);
        Assert.Equal(weights.Max(), weights[^1]);
    }

    [Fact]
    public void A_stratum_of_millions_of_heavy_targets_does_not_overflow()
    {
        // Five million targets near the top weight: Σw ≈ 5·10^12, far beyond 32 bits; N·10000·min ≈ 5·10^16.
        const int n = 5_000_000;
        var leaves = new TargetLeaf[n];
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            leaves[i] = new TargetLeaf("t", "A", 1);
            scores[i] = i % 1000 == 0 ? 0.5 : 0.99;
        }

        ScoreWeights.Apply(leaves, scores, 1500);

        AssertBounds([.. leaves.Select(l => l.Weight)], 1500);
        Assert.True(leaves.Sum(l => (long)l.Weight) > int.MaxValue);
    }

    [Fact]
    public void Each_stratum_is_weighed_on_its_own_mean()
    {
        var leaves = new[] { new TargetLeaf("a", "A", 1), new TargetLeaf("b", "A", 1), new TargetLeaf("c", "B", 1), new TargetLeaf("d", "B", 1) };

        ScoreWeights.Apply(leaves, [0.1, 0.3, 0.0, 0.0], 2000);

        AssertBounds([leaves[0].Weight, leaves[1].Weight], 2000);
        Assert.Equal(1, leaves[2].Weight);
        Assert.Equal(1, leaves[3].Weight);
    }

    /// <summary>1 ≤ w ≤ 1,000,000 and N·10000·min ≥ α_bp·Σw, in big integers.</summary>
    private static void AssertBounds(IReadOnlyList<int> weights, int alphaBp)
    {
        Assert.All(weights, w => Assert.InRange(w, Dr1Limits.MinWeight, Dr1Limits.MaxWeight));
        var total = weights.Aggregate(BigInteger.Zero, (s, w) => s + w);
        var min = weights.Min();
        Assert.True(new BigInteger(weights.Count) * 10_000 * min >= new BigInteger(alphaBp) * total,
            $"λ floor broken: N={weights.Count}, min={min}, Σw={total}, α={alphaBp} bp");
    }
}
