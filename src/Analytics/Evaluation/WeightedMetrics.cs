using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Analytics.Evaluation;

/// <summary>
/// Metrics of predicted probabilities where every row counts with its weight w (the Horvitz–Thompson weight 1/λ: a
/// row stands for 1/λ rows of the population). ML.NET's evaluators take no weights, hence this class. Tied scores are
/// one threshold (a tie is worth half a correctly ordered pair). Formulas (W = Σw, W₊/W₋ = weight with/without a problem):
/// <list type="bullet">
/// <item>AUC = Σ over (problem i, no-problem j) of wᵢwⱼ·([sᵢ &gt; sⱼ] + ½[sᵢ = sⱼ]) / (W₊W₋) — the trapezoid area under the weighted ROC curve;</item>
/// <item>PR-AUC (average precision) = Σₖ (Rₖ − Rₖ₋₁)·Pₖ over the thresholds k, highest first;</item>
/// <item>log loss = −Σ w·(y ln p + (1−y) ln(1−p)) / W (natural logarithm, p clipped to [1e−15, 1−1e−15]); Brier = Σ w (p−y)² / W;</item>
/// <item>precision at budget b = weighted problem rate of the top b·W of the weight by score (a tie group at the edge
/// counts proportionally); lift = that precision over W₊/W.</item>
/// </list>
/// </summary>
public static class WeightedMetrics
{
    public const int ReliabilityBins = 10;

    private const double Epsilon = 1e-15;

    /// <summary>Every metric of <see cref="RiskMetrics"/>.</summary>
    public static RiskMetrics Compute(IReadOnlyList<double> predicted, IReadOnlyList<bool> problem, IReadOnlyList<double> weight, double budgetShare)
    {
        Check(predicted, problem, weight);
        var groups = Groups(predicted, problem, weight);
        double w = 0, wPos = 0, sumPredicted = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            w += weight[i];
            sumPredicted += weight[i] * predicted[i];
            wPos += problem[i] ? weight[i] : 0;
        }

        var (precision, lift) = AtBudget(groups, budgetShare);
        return new RiskMetrics(
            predicted.Count,
            w,
            w > 0 ? wPos / w : 0,
            w > 0 ? sumPredicted / w : 0,
            Auc(RocCurve(groups)),
            AveragePrecision(PrecisionRecallCurve(groups)),
            LogLoss(predicted, problem, weight),
            Brier(predicted, problem, weight),
            budgetShare,
            precision,
            lift,
            Reliability(predicted, problem, weight));
    }

    /// <summary>The rows grouped by score (ties together), highest score first.</summary>
    public static IReadOnlyList<ScoreGroup> Groups(IReadOnlyList<double> predicted, IReadOnlyList<bool> problem, IReadOnlyList<double> weight)
    {
        Check(predicted, problem, weight);
        var order = new int[predicted.Count];
        var keys = new double[predicted.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = -predicted[i];
        }

        Array.Sort(keys, order);
        var groups = new List<ScoreGroup>();
        var k = 0;
        while (k < order.Length)
        {
            var score = predicted[order[k]];
            long rows = 0;
            double pos = 0, neg = 0;
            for (; k < order.Length && predicted[order[k]] == score; k++)
            {
                rows++;
                if (problem[order[k]])
                {
                    pos += weight[order[k]];
                }
                else
                {
                    neg += weight[order[k]];
                }
            }

            groups.Add(new ScoreGroup(score, rows, pos, neg));
        }

        return groups;
    }

    /// <summary>The weighted ROC curve from (0, 0) to (1, 1), one point per distinct score.</summary>
    public static IReadOnlyList<RocPoint> RocCurve(IReadOnlyList<ScoreGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        double totalPos = groups.Sum(g => g.PositiveWeight), totalNeg = groups.Sum(g => g.NegativeWeight);
        var points = new List<RocPoint>(groups.Count + 1) { new(double.PositiveInfinity, 0, 0) };
        double tp = 0, fp = 0;
        foreach (var g in groups)
        {
            tp += g.PositiveWeight;
            fp += g.NegativeWeight;
            points.Add(new RocPoint(g.Score, totalNeg > 0 ? fp / totalNeg : 0, totalPos > 0 ? tp / totalPos : 0));
        }

        return points;
    }

    /// <summary>The trapezoid area under a ROC curve; 0.5 when one class has no weight (no ordering to judge).</summary>
    public static double Auc(IReadOnlyList<RocPoint> curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        if (curve.Count == 0 || curve[^1].FalsePositiveRate == 0 || curve[^1].TruePositiveRate == 0)
        {
            return 0.5;
        }

        double area = 0;
        for (var i = 1; i < curve.Count; i++)
        {
            area += (curve[i].FalsePositiveRate - curve[i - 1].FalsePositiveRate) * (curve[i].TruePositiveRate + curve[i - 1].TruePositiveRate) / 2;
        }

        return area;
    }

    /// <summary>The weighted precision–recall curve, one point per distinct score (highest first).</summary>
    public static IReadOnlyList<PrecisionRecallPoint> PrecisionRecallCurve(IReadOnlyList<ScoreGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var totalPos = groups.Sum(g => g.PositiveWeight);
        var points = new List<PrecisionRecallPoint>(groups.Count);
        double tp = 0, flagged = 0;
        foreach (var g in groups)
        {
            tp += g.PositiveWeight;
            flagged += g.Weight;
            points.Add(new PrecisionRecallPoint(g.Score, totalPos > 0 ? tp / totalPos : 0, flagged > 0 ? tp / flagged : 0));
        }

        return points;
    }

    /// <summary>Average precision Σₖ (Rₖ − Rₖ₋₁)·Pₖ (R₀ = 0): the step area under the precision–recall curve; 0 without problems.</summary>
    public static double AveragePrecision(IReadOnlyList<PrecisionRecallPoint> curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        double area = 0, recall = 0;
        foreach (var p in curve)
        {
            area += (p.Recall - recall) * p.Precision;
            recall = p.Recall;
        }

        return area;
    }

    public static double LogLoss(IReadOnlyList<double> predicted, IReadOnlyList<bool> problem, IReadOnlyList<double> weight)
    {
        Check(predicted, problem, weight);
        double sum = 0, w = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            var p = Math.Clamp(predicted[i], Epsilon, 1 - Epsilon);
            sum -= weight[i] * (problem[i] ? Math.Log(p) : Math.Log(1 - p));
            w += weight[i];
        }

        return w > 0 ? sum / w : 0;
    }

    public static double Brier(IReadOnlyList<double> predicted, IReadOnlyList<bool> problem, IReadOnlyList<double> weight)
    {
        Check(predicted, problem, weight);
        double sum = 0, w = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            var d = predicted[i] - (problem[i] ? 1 : 0);
            sum += weight[i] * d * d;
            w += weight[i];
        }

        return w > 0 ? sum / w : 0;
    }

    /// <summary>Ten bins [k/10, (k+1)/10) (the last includes 1), each with its weighted mean prediction and observed rate; an empty bin has zeros.</summary>
    public static IReadOnlyList<ReliabilityBin> Reliability(IReadOnlyList<double> predicted, IReadOnlyList<bool> problem, IReadOnlyList<double> weight)
    {
        Check(predicted, problem, weight);
        var rows = new long[ReliabilityBins];
        var w = new double[ReliabilityBins];
        var wp = new double[ReliabilityBins];
        var wy = new double[ReliabilityBins];
        for (var i = 0; i < predicted.Count; i++)
        {
            var bin = Math.Clamp((int)(predicted[i] * ReliabilityBins), 0, ReliabilityBins - 1);
            rows[bin]++;
            w[bin] += weight[i];
            wp[bin] += weight[i] * predicted[i];
            wy[bin] += problem[i] ? weight[i] : 0;
        }

        var bins = new List<ReliabilityBin>(ReliabilityBins);
        for (var b = 0; b < ReliabilityBins; b++)
        {
            bins.Add(new ReliabilityBin(
                (double)b / ReliabilityBins, (double)(b + 1) / ReliabilityBins, rows[b], w[b], w[b] > 0 ? wp[b] / w[b] : 0, w[b] > 0 ? wy[b] / w[b] : 0));
        }

        return bins;
    }

    /// <summary>Precision among the top <paramref name="budgetShare"/> of the weight by score, and its lift over the overall rate.</summary>
    public static (double Precision, double Lift) AtBudget(IReadOnlyList<ScoreGroup> groups, double budgetShare)
    {
        ArgumentNullException.ThrowIfNull(groups);
        double total = groups.Sum(g => g.Weight), totalPos = groups.Sum(g => g.PositiveWeight);
        var budget = Math.Clamp(budgetShare, 0, 1) * total;
        double taken = 0, takenPos = 0;
        foreach (var g in groups)
        {
            if (taken >= budget)
            {
                break;
            }

            if (g.Weight <= 0)
            {
                continue;
            }

            var share = Math.Min(1, (budget - taken) / g.Weight);
            taken += share * g.Weight;
            takenPos += share * g.PositiveWeight;
        }

        var precision = taken > 0 ? takenPos / taken : 0;
        var rate = total > 0 ? totalPos / total : 0;
        return (precision, rate > 0 ? precision / rate : 0);
    }

    private static void Check(IReadOnlyList<double> predicted, IReadOnlyList<bool> problem, IReadOnlyList<double> weight)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(weight);
        if (predicted.Count != problem.Count || predicted.Count != weight.Count)
        {
            throw new ArgumentException("Predictions, labels and weights must have one entry per row.");
        }
    }
}
