using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>The DR1 input of a task, and how the leaves map back to roster rows.</summary>
public sealed record DrawInputs(Dr1Input Input, IReadOnlyDictionary<string, SnapshotOfficer> Officers, int ExcludedTargets);
