using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Analytics.Evaluation;

/// <summary>The weighted validation curves a training records: ROC and PR from <see cref="WeightedMetrics"/>, thinned for storage and charts.</summary>
public static class ValidationCurves
{
    /// <summary>At most this many points per curve.</summary>
    public const int MaxPoints = 101;

    public static RiskCurves Of(IReadOnlyList<double> predicted, IReadOnlyList<bool> problem, IReadOnlyList<double> weight)
    {
        var groups = WeightedMetrics.Groups(predicted, problem, weight);
        return new RiskCurves(
            Thin([.. WeightedMetrics.RocCurve(groups).Select(p => new RiskCurvePoint(p.FalsePositiveRate, p.TruePositiveRate))], MaxPoints),
            Thin([.. WeightedMetrics.PrecisionRecallCurve(groups).Select(p => new RiskCurvePoint(p.Recall, p.Precision))], MaxPoints));
    }

    /// <summary>Keeps <paramref name="max"/> points evenly spread by index, the first and the last always (all of them when there are no more).</summary>
    public static IReadOnlyList<T> Thin<T>(IReadOnlyList<T> points, int max)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (points.Count <= max)
        {
            return points;
        }

        var kept = new List<T>(max);
        for (var k = 0; k < max; k++)
        {
            kept.Add(points[(int)Math.Round((double)k * (points.Count - 1) / (max - 1), MidpointRounding.AwayFromZero)]);
        }

        return kept;
    }
}
