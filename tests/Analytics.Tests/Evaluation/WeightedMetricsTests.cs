using DoubleRandom.Analytics.Evaluation;

namespace DoubleRandom.Analytics.Tests.Evaluation;

/// <summary>
/// The weighted metrics against values computed by hand. The example (score, problem?, weight):
/// A (0.9, yes, 2), B (0.7, no, 1), C (0.7, yes, 1), D (0.4, no, 3), E (0.2, yes, 1), F (0.2, no, 2).
/// W = 10, W₊ = 2 + 1 + 1 = 4, W₋ = 1 + 3 + 2 = 6. B and C tie at 0.7, E and F at 0.2.
/// </summary>
public sealed class WeightedMetricsTests
{
    private static readonly double[] Scores = [0.9, 0.7, 0.7, 0.4, 0.2, 0.2];
    private static readonly bool[] Problems = [true, false, true, false, true, false];
    private static readonly double[] Weights = [2, 1, 1, 3, 1, 2];

    [Fact]
    public void Auc_counts_weighted_pairs_and_half_a_tie()
    {
        // Pairs (problem, no problem), each worth w·w', ties ½:
        //   A beats B, D, F: 2·(1 + 3 + 2) = 12
        //   C ties B: ½·1·1 = 0.5; beats D: 1·3 = 3; beats F: 1·2 = 2  → 5.5
        //   E loses to B, D; ties F: ½·1·2 = 1                          → 1
        // AUC = (12 + 5.5 + 1) / (W₊·W₋ = 24) = 18.5 / 24 = 0.7708333…
        var metrics = WeightedMetrics.Compute(Scores, Problems, Weights, 0.3);
        Assert.Equal(18.5 / 24, metrics.Auc, 12);
    }

    [Fact]
    public void The_roc_curve_has_one_point_per_distinct_score()
    {
        // Thresholds 0.9: TP 2, FP 0 → (0, 2/4); 0.7: TP 3, FP 1 → (1/6, 3/4); 0.4: FP 4 → (4/6, 3/4); 0.2: (1, 1).
        // Trapezoids: 1/6·(0.5 + 0.75)/2 + 3/6·0.75 + 2/6·(0.75 + 1)/2 = 0.1041667 + 0.375 + 0.2916667 = 0.7708333.
        var curve = WeightedMetrics.RocCurve(WeightedMetrics.Groups(Scores, Problems, Weights));
        Assert.Equal([(0.0, 0.0), (0, 0.5), (Round(1 / 6.0), 0.75), (Round(4 / 6.0), 0.75), (1, 1)], curve.Select(p => (Round(p.FalsePositiveRate), Round(p.TruePositiveRate))));
        Assert.Equal(0.7708333, WeightedMetrics.Auc(curve), 6);
    }

    [Fact]
    public void Average_precision_steps_over_the_weighted_recall()
    {
        // Threshold 0.9: TP 2 of flagged 2 → R 0.5, P 1; 0.7: TP 3 of 4 → R 0.75, P 0.75;
        // 0.4: TP 3 of 7 → R 0.75, P 3/7; 0.2: TP 4 of 10 → R 1, P 0.4.
        // AP = 0.5·1 + 0.25·0.75 + 0·3/7 + 0.25·0.4 = 0.5 + 0.1875 + 0 + 0.1 = 0.7875.
        var metrics = WeightedMetrics.Compute(Scores, Problems, Weights, 0.3);
        Assert.Equal(0.7875, metrics.PrAuc, 12);
        var curve = WeightedMetrics.PrecisionRecallCurve(WeightedMetrics.Groups(Scores, Problems, Weights));
        Assert.Equal([(0.5, 1.0), (0.75, 0.75), (0.75, Round(3 / 7.0)), (1, 0.4)], curve.Select(p => (Round(p.Recall), Round(p.Precision))));
    }

    [Fact]
    public void Log_loss_brier_and_the_means_are_weighted()
    {
        // Log loss = −(2 ln 0.9 + ln 0.3 + ln 0.7 + 3 ln 0.6 + ln 0.2 + 2 ln 0.8) / 10
        //          = −(−0.2107210 − 1.2039728 − 0.3566749 − 1.5324769 − 1.6094379 − 0.4462871) / 10 = 0.5359571
        // Brier = (2·0.01 + 0.49 + 0.09 + 3·0.16 + 0.64 + 2·0.04) / 10 = 1.8 / 10 = 0.18
        // Mean predicted = (1.8 + 0.7 + 0.7 + 1.2 + 0.2 + 0.4) / 10 = 0.5; observed rate = W₊ / W = 0.4.
        var metrics = WeightedMetrics.Compute(Scores, Problems, Weights, 0.3);
        Assert.Equal(0.5359571, metrics.LogLoss, 6);
        Assert.Equal(0.18, metrics.Brier, 12);
        Assert.Equal(0.5, metrics.MeanPredicted, 12);
        Assert.Equal(0.4, metrics.ObservedRate, 12);
        Assert.Equal(10, metrics.WeightSum, 12);
        Assert.Equal(6, metrics.Rows);
    }

    [Fact]
    public void Precision_at_budget_takes_a_tie_group_at_the_edge_proportionally()
    {
        // Budget 30 % of W = 3: all of 0.9 (weight 2, problems 2), then half of the 0.7 group (weight 2, problems 1)
        // → taken 2 + 1 = 3, problems 2 + 0.5 = 2.5; precision = 2.5 / 3 = 0.8333…; lift = 0.8333… / 0.4 = 2.0833….
        var metrics = WeightedMetrics.Compute(Scores, Problems, Weights, 0.3);
        Assert.Equal(2.5 / 3, metrics.PrecisionAtBudget, 12);
        Assert.Equal(2.5 / 3 / 0.4, metrics.LiftAtBudget, 12);
        Assert.Equal(0.3, metrics.BudgetShare);
    }

    [Fact]
    public void The_reliability_table_has_ten_bins_with_weighted_means()
    {
        // Bin 9 [0.9, 1]: A → rows 1, weight 2, mean 0.9, observed 1.
        // Bin 7: B, C → weight 2, mean 0.7, observed 1/2.  Bin 4: D → weight 3, mean 0.4, observed 0.
        // Bin 2: E, F → weight 3, mean 0.2, observed 1/3.  The other six bins are empty (zeros).
        var bins = WeightedMetrics.Compute(Scores, Problems, Weights, 0.3).Reliability;
        Assert.Equal(10, bins.Count);
        Assert.Equal((1L, 2.0, 0.9, 1.0), Row(bins[9]));
        Assert.Equal((2L, 2.0, 0.7, 0.5), Row(bins[7]));
        Assert.Equal((1L, 3.0, 0.4, 0.0), Row(bins[4]));
        Assert.Equal((2L, 3.0, 0.2, Round(1 / 3.0)), Row(bins[2]));
        Assert.All(new[] { 0, 1, 3, 5, 6, 8 }, b => Assert.Equal((0L, 0.0, 0.0, 0.0), Row(bins[b])));
        Assert.Equal(0.7, bins[7].Lower, 12);
        Assert.Equal(0.8, bins[7].Upper, 12);
    }

    [Fact]
    public void A_weight_of_two_is_the_same_as_the_row_twice()
    {
        double[] twice = [0.9, 0.9, 0.7, 0.7, 0.4, 0.4, 0.4, 0.2, 0.2, 0.2];
        bool[] problems = [true, true, false, true, false, false, false, true, false, false];
        var expanded = WeightedMetrics.Compute(twice, problems, [.. twice.Select(_ => 1.0)], 0.3);
        var weighted = WeightedMetrics.Compute(Scores, Problems, Weights, 0.3);
        Assert.Equal(expanded.Auc, weighted.Auc, 12);
        Assert.Equal(expanded.PrAuc, weighted.PrAuc, 12);
        Assert.Equal(expanded.LogLoss, weighted.LogLoss, 12);
        Assert.Equal(expanded.Brier, weighted.Brier, 12);
        Assert.Equal(expanded.PrecisionAtBudget, weighted.PrecisionAtBudget, 12);
    }

    [Fact]
    public void All_tied_scores_rank_nothing_and_one_class_has_no_auc_to_judge()
    {
        // Every pair tied: AUC = ½. AP with one threshold = its precision W₊/W = 1/2.
        var tied = WeightedMetrics.Compute([0.3, 0.3, 0.3, 0.3], [true, false, true, false], [1, 1, 1, 1], 0.5);
        Assert.Equal(0.5, tied.Auc, 12);
        Assert.Equal(0.5, tied.PrAuc, 12);
        Assert.Equal(1, tied.LiftAtBudget, 12);

        var none = WeightedMetrics.Compute([0.3, 0.1], [false, false], [1, 1], 0.5);
        Assert.Equal(0.5, none.Auc);
        Assert.Equal(0, none.PrAuc);
        Assert.Equal(0, none.LiftAtBudget);
    }

    private static double Round(double x) => Math.Round(x, 9);

    private static (long, double, double, double) Row(Application.Risk.Training.ReliabilityBin b) =>
        (b.Rows, Round(b.WeightSum), Round(b.MeanPredicted), Round(b.ObservedRate));
}
