namespace DoubleRandom.Domain.Drawing;

/// <summary>What is published at prepare time (§4): digests of P and the snapshots, sizes, and C.</summary>
public sealed record Dr1Preparation(
    string ParamsDigest,
    string TargetsRoot,
    string OfficersRoot,
    string RecusalsRoot,
    IReadOnlyList<StratumSize> Strata,
    string Commitment);
