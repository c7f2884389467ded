namespace DoubleRandom.Domain.Drawing;

/// <summary>What is published at prepare time (§4): digests of P and the snapshots, sizes, and C.</summary>
public sealed record Dr1Preparation(
    string ParamsDigest,
    string TargetsRoot,
    string OfficersRoot,
    string RecusalsRoot,
    IReadOnlyList<StratumSize> Strata,
    string Commitment)
{
    /// <summary>
    /// The targets snapshot in §4 leaf order, exactly as hashed into <see cref="TargetsRoot"/>: the stored snapshot is
    /// written from it without sorting again.
    /// </summary>
    public IReadOnlyList<TargetLeaf> TargetsInLeafOrder { get; init; } = [];
}
