using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>An officer in a snapshot, with what the result rows need beyond the leaf.</summary>
public sealed record SnapshotOfficer(Guid Id, string Number, string Name, Guid UnitId);

/// <summary>The DR1 input of a task, and how the leaves map back to roster rows.</summary>
public sealed record DrawInputs(Dr1Input Input, IReadOnlyDictionary<string, SnapshotOfficer> Officers, int ExcludedTargets);
