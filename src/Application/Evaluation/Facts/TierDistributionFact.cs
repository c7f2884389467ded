namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>How many targets held each tier (A, B, C, D, none) at one moment (a re-score's end, or now).</summary>
public sealed record TierDistributionFact(string Label, DateTime AtUtc, long A, long B, long C, long D, long None);
