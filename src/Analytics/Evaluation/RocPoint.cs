namespace DoubleRandom.Analytics.Evaluation;

/// <summary>One point of the weighted ROC curve: rows scoring at least <paramref name="Threshold"/> are flagged.</summary>
/// <param name="FalsePositiveRate">Weight of flagged rows without a problem over the weight of all rows without one.</param>
/// <param name="TruePositiveRate">Weight of flagged rows with a problem over the weight of all rows with one.</param>
public sealed record RocPoint(double Threshold, double FalsePositiveRate, double TruePositiveRate);
