namespace DoubleRandom.Application.Risk.Training;

/// <summary>One row of the reliability table: predictions in [Lower, Upper), their weighted mean and the weighted observed rate.</summary>
public sealed record ReliabilityBin(double Lower, double Upper, long Rows, double WeightSum, double MeanPredicted, double ObservedRate);
