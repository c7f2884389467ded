namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>One reliability bin: mean predicted against observed (weighted) rate.</summary>
public sealed record ReliabilityRow(double MeanPredicted, double ObservedRate, double WeightSum);
