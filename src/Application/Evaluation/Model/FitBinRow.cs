namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>One λ bin of the inclusion test after merging bins with fewer than 5 expected: units, expected and observed selections.</summary>
public sealed record FitBinRow(double From, double To, long Units, double Expected, long Observed);
