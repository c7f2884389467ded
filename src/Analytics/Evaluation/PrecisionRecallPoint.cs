namespace DoubleRandom.Analytics.Evaluation;

/// <summary>One point of the weighted precision–recall curve: rows scoring at least <paramref name="Threshold"/> are flagged.</summary>
public sealed record PrecisionRecallPoint(double Threshold, double Recall, double Precision);
