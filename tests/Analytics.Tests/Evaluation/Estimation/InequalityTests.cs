using DoubleRandom.Analytics.Evaluation.Estimation;

namespace DoubleRandom.Analytics.Tests.Evaluation.Estimation;

/// <summary>The Gini coefficient against the mean absolute difference over twice the mean, computed by hand.</summary>
public sealed class InequalityTests
{
    [Fact]
    public void Gini_of_one_to_four_is_a_quarter()
    {
        // Σ_i Σ_j |x_i − x_j| = 2·(1 + 2 + 3 + 1 + 2 + 1) = 20; over n² = 16 → 1.25; over 2·mean = 5 → 0.25.
        Assert.Equal(0.25, Inequality.Gini([4, 1, 3, 2])!.Value, 12);
    }

    [Fact]
    public void Equal_amounts_give_zero_and_one_holder_of_everything_gives_one_minus_one_over_n()
    {
        Assert.Equal(0, Inequality.Gini([7, 7, 7])!.Value, 12);
        Assert.Equal(0.75, Inequality.Gini([0, 0, 9, 0])!.Value, 12);
    }

    [Fact]
    public void No_values_or_a_zero_total_give_no_coefficient()
    {
        Assert.Null(Inequality.Gini([]));
        Assert.Null(Inequality.Gini([0, 0]));
    }

    [Fact]
    public void A_negative_amount_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Inequality.Gini([1, -1]));
}
