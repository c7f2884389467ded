namespace DoubleRandom.Domain.Drawing;

/// <summary>One N line: N_h, n_h, n' and W after take-all, and τ_h (null when n' = 0).</summary>
public sealed record StratumOutcome(
    string Stratum, int Population, int SampleSize, long Remaining, long RemainingWeight, double? Threshold);
