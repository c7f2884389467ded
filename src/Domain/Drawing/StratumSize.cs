namespace DoubleRandom.Domain.Drawing;

/// <summary>The published sizes of one stratum: N_h leaves, n_h to draw.</summary>
public sealed record StratumSize(string Stratum, int Population, int SampleSize);
