using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Draws;

namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>
/// The DR1 input of a task, and how the leaves map back to roster rows; the risk it was built with and the model version of
/// each target's tier (<c>code|version</c>, unsorted; empty when no tier came from a model).
/// </summary>
public sealed record DrawInputs(
    Dr1Input Input, IReadOnlyDictionary<string, SnapshotOfficer> Officers, int ExcludedTargets, DrawRiskUse Risk,
    IReadOnlyList<string> ModelVersions);
