namespace DoubleRandom.Application.Risk.Training;

/// <summary>The chosen model's weighted validation curves, thinned to at most 101 points each: ROC (false-positive rate, true-positive rate) and PR (recall, precision).</summary>
public sealed record RiskCurves(IReadOnlyList<RiskCurvePoint> Roc, IReadOnlyList<RiskCurvePoint> PrecisionRecall);
