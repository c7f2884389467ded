namespace DoubleRandom.Domain.Draws;

/// <summary>Which frozen snapshot a blob holds.</summary>
public enum SnapshotKind
{
    Targets,
    Officers,
    Recusals,
}
