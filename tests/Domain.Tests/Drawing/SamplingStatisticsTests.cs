using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Domain.Tests.Drawing;

/// <summary>
/// The sampling design over many independent draws (different secrets). Every draw is
/// deterministic, so these tests are too; the thresholds are fixed significance levels.
/// </summary>
public class SamplingStatisticsTests
{
    private const int Draws = 3000;

    [Fact]
    public void Draw_with_equal_weights_is_simple_random_sampling()
    {
        const int population = 20, sample = 5;
        var counts = InclusionCounts(Samples.Targets("A", population), StratumAllocation.Fixed(sample), Draws);

        // Under SRS the counts have covariance R·p(1−p)·N/(N−1)·(I − J/N): this statistic is χ²(N−1).
        var p = (double)sample / population;
        var expected = Draws * p;
        var chiSquare = counts.Values.Sum(o => (o - expected) * (o - expected)) / (Draws * p * (1 - p) * population / (population - 1));
        Assert.True(chiSquare < ChiSquare19At0001, $"χ² = {chiSquare:F2} over 19 degrees of freedom");
        Assert.All(counts.Values, o => Assert.InRange(o / (double)Draws, p - 0.04, p + 0.04));
    }

    [Fact]
    public void Draw_with_equal_weights_makes_every_subset_equally_likely()
    {
        // 6 choose 2 = 15 subsets, each with probability 1/15 under simple random sampling.
        var targets = Samples.Targets("A", 6);
        var subsets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var selected in SelectedSets(targets, StratumAllocation.Fixed(2), Draws))
        {
            var key = string.Join(',', selected.Order(StringComparer.Ordinal));
            subsets[key] = subsets.GetValueOrDefault(key) + 1;
        }

        Assert.Equal(15, subsets.Count);
        var expected = Draws / 15.0;
        var chiSquare = subsets.Values.Sum(o => (o - expected) * (o - expected) / expected);
        Assert.True(chiSquare < ChiSquare14At0001, $"χ² = {chiSquare:F2} over 14 degrees of freedom");
    }

    [Fact]
    public void Draw_with_unequal_weights_includes_each_target_with_probability_close_to_lambda()
    {
        int[] weights = [1, 1, 2, 2, 3, 3, 5, 5, 8, 13, 21, 40];
        var targets = Samples.Targets("A", weights.Length, i => weights[i]);
        var counts = InclusionCounts(targets, StratumAllocation.Fixed(4), Draws);
        var lambda = TextbookInclusionProbabilities(weights, 4);

        for (var i = 0; i < weights.Length; i++)
        {
            var frequency = counts[targets[i].Code] / (double)Draws;
            var standardError = Math.Sqrt(Math.Max(lambda[i] * (1 - lambda[i]), 1e-9) / Draws);

            // Pareto sampling approximates πps (Rosén 1997): allow its small bias plus 4 standard errors.
            Assert.True(
                Math.Abs(frequency - lambda[i]) <= ParetoBias + (4 * standardError),
                $"target {i} (w={weights[i]}): frequency {frequency:F4}, λ {lambda[i]:F4}");
        }

        Assert.Equal(Draws, counts[targets[^1].Code]);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 2, 2, 3, 3, 5, 5, 8, 13, 21, 40 }, 4)]
    [InlineData(new[] { 100, 1, 1, 1, 50, 50, 2, 2 }, 3)]
    [InlineData(new[] { 7, 7, 7, 7 }, 2)]
    [InlineData(new[] { 1000000, 999999, 1, 1, 1 }, 5)]
    public void Recorded_lambda_is_the_textbook_inclusion_probability_with_take_all_capping(int[] weights, int sample)
    {
        var recorded = ParetoSampler.InclusionProbabilities(weights, sample);
        var textbook = TextbookInclusionProbabilities(weights, sample);

        for (var i = 0; i < weights.Length; i++)
        {
            Assert.Equal(textbook[i], recorded[i], 12);
        }

        Assert.Equal(sample, recorded.Sum(), 9);
    }

    /// <summary>Critical values of χ² at significance 0.001.</summary>
    private const double ChiSquare19At0001 = 43.820;
    private const double ChiSquare14At0001 = 36.123;

    private const double ParetoBias = 0.015;

    /// <summary>π_i = min(1, n·w_i/Σw), re-spread over the uncapped units until no new unit reaches 1.</summary>
    private static double[] TextbookInclusionProbabilities(int[] weights, int sample)
    {
        var pi = new double[weights.Length];
        var capped = new bool[weights.Length];
        while (true)
        {
            var remaining = sample - capped.Count(c => c);
            var total = weights.Where((_, i) => !capped[i]).Sum(w => (decimal)w);
            var newlyCapped = false;
            for (var i = 0; i < weights.Length; i++)
            {
                if (capped[i])
                {
                    pi[i] = 1;
                    continue;
                }

                var value = remaining * weights[i] / total;
                pi[i] = (double)Math.Min(1m, value);
                newlyCapped |= value >= 1m;
            }

            if (!newlyCapped || remaining == 0)
            {
                return pi;
            }

            for (var i = 0; i < weights.Length; i++)
            {
                capped[i] |= pi[i] >= 1;
            }
        }
    }

    private static Dictionary<string, int> InclusionCounts(TargetLeaf[] targets, StratumAllocation allocation, int draws)
    {
        var counts = targets.ToDictionary(t => t.Code, _ => 0, StringComparer.Ordinal);
        foreach (var selected in SelectedSets(targets, allocation, draws))
        {
            foreach (var code in selected)
            {
                counts[code]++;
            }
        }

        return counts;
    }

    private static IEnumerable<IEnumerable<string>> SelectedSets(TargetLeaf[] targets, StratumAllocation allocation, int draws)
    {
        var parameters = Samples.Parameters(
            new Dictionary<string, StratumAllocation>(StringComparer.Ordinal) { ["A"] = allocation },
            groups: 1,
            officersPerGroup: 1);
        var input = new Dr1Input(parameters, targets, Samples.Officers(1), []);
        for (var d = 0; d < draws; d++)
        {
            yield return Dr1Engine.Run(input, Samples.Secret(d), "entropy").Targets.Select(t => t.Code);
        }
    }
}
