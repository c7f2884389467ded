namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>An officer in a snapshot, with what the result rows need beyond the leaf.</summary>
public sealed record SnapshotOfficer(Guid Id, string Number, string Name, Guid UnitId);
