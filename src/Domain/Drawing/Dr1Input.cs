namespace DoubleRandom.Domain.Drawing;

/// <summary>Everything a draw is computed from, apart from the secret s and the entropy E.</summary>
/// <remarks>Pass the targets as an array to spare a copy of a large snapshot.</remarks>
public sealed record Dr1Input(
    Dr1Parameters Parameters,
    IReadOnlyList<TargetLeaf> Targets,
    IReadOnlyList<OfficerLeaf> Officers,
    IReadOnlyList<RecusalLeaf> Recusals);
