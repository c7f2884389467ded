namespace DoubleRandom.Domain.Draws;

/// <summary>Which frozen snapshot a blob holds.</summary>
public enum SnapshotKind
{
    Targets,
    Officers,
    Recusals,

    /// <summary>
    /// Not a DR1 snapshot (never hashed, not in the bundle): <c>code|version</c> for every snapshot target whose tier came
    /// from a model scoring, as it was at prepare (#16), so the public check can say which model version set the tier.
    /// </summary>
    RiskVersions,
}
