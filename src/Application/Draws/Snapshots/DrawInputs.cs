using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Draws;

namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>
/// The DR1 input of a task, and how the leaves map back to roster rows; the risk it was built with and the model version of
/// each target's tier (unsorted, enumerated from the collector only by prepare, which freezes them; empty when no tier came
/// from a model); and the in-scope targets of each tier that no stratum takes (λ = 0).
/// </summary>
public sealed record DrawInputs(
    Dr1Input Input, IReadOnlyDictionary<string, SnapshotOfficer> Officers, int ExcludedTargets, DrawRiskUse Risk,
    IEnumerable<(string Code, int Version)> ModelVersions, IReadOnlyDictionary<string, int> Unstratified);
