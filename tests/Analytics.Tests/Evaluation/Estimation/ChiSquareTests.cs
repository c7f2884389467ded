using DoubleRandom.Analytics.Evaluation.Estimation;

namespace DoubleRandom.Analytics.Tests.Evaluation.Estimation;

/// <summary>The χ² upper tail against the tables' quantiles and the closed form for even degrees of freedom; Pearson's test and the merging of small cells by hand.</summary>
public sealed class ChiSquareTests
{
    /// <summary>Quantiles of the χ² distribution (textbook tables, to 15 digits): P(X ≥ x) = p.</summary>
    [Theory]
    [InlineData(3.841458820694124, 1, 0.05)]
    [InlineData(6.6348966010212145, 1, 0.01)]
    [InlineData(5.991464547107979, 2, 0.05)]
    [InlineData(11.070497693516351, 5, 0.05)]
    [InlineData(18.307038053275146, 10, 0.05)]
    [InlineData(43.77297182574219, 30, 0.05)]
    [InlineData(124.34211340400407, 100, 0.05)]
    public void The_upper_tail_matches_the_tables(double x, int df, double p) =>
        Assert.Equal(p, ChiSquare.UpperTail(x, df), 1e-10);

    /// <summary>For df = 2k, P(X ≥ x) = e^{−x/2} Σ_{j&lt;k} (x/2)^j / j!.</summary>
    [Theory]
    [InlineData(0.3, 2)]
    [InlineData(1.0, 4)]
    [InlineData(7.5, 6)]
    [InlineData(2.0, 20)]
    [InlineData(35.0, 20)]
    [InlineData(90.0, 40)]
    public void The_upper_tail_matches_the_closed_form_for_even_degrees(double x, int df)
    {
        double term = 1, sum = 0;
        for (var j = 0; j < df / 2; j++)
        {
            sum += term;
            term *= x / 2 / (j + 1);
        }

        var expected = Math.Exp(-x / 2) * sum;
        Assert.Equal(expected, ChiSquare.UpperTail(x, df), 1e-12);
    }

    [Fact]
    public void The_upper_tail_is_one_at_zero_and_zero_at_infinity()
    {
        Assert.Equal(1, ChiSquare.UpperTail(0, 3));
        Assert.Equal(0, ChiSquare.UpperTail(double.PositiveInfinity, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquare.UpperTail(1, 0));
    }

    [Fact]
    public void Pearson_sums_squared_deviations_over_expectation()
    {
        // (10 − 20)²/20 + 0 + (30 − 20)²/20 = 10 on 3 − 1 = 2 degrees: p = e^{−5}.
        var (statistic, df, p) = ChiSquare.GoodnessOfFit([10, 20, 30], [20, 20, 20]);

        Assert.Equal(10, statistic, 12);
        Assert.Equal(2, df);
        Assert.Equal(Math.Exp(-5), p, 12);
    }

    [Fact]
    public void Constraints_reduce_the_degrees_but_never_below_one()
    {
        Assert.Equal(1, ChiSquare.GoodnessOfFit([10, 20, 30], [20, 20, 20], constraints: 1).DegreesOfFreedom);
        Assert.Equal(1, ChiSquare.GoodnessOfFit([10, 30], [20, 20], constraints: 3).DegreesOfFreedom);
    }

    [Fact]
    public void Small_cells_merge_with_their_neighbours_and_a_short_tail_joins_the_last_group()
    {
        // 2 + 2 + 2 = 6 ≥ 5 → [0, 3); 6 → [3, 4); 1 + 3 = 4 < 5 → joins the group before: [3, 6).
        var ranges = ChiSquare.MergeSmallCells([2, 2, 2, 6, 1, 3]);

        Assert.Equal([0..3, 3..6], ranges);
        Assert.Equal([0..2], ChiSquare.MergeSmallCells([1, 1]));
        Assert.Empty(ChiSquare.MergeSmallCells([]));
    }
}
