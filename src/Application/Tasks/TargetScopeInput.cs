using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Tasks;

/// <summary>Target scope in a request; every list optional (empty: no restriction; statuses default to active).</summary>
public sealed record TargetScopeInput(
    IReadOnlyList<TargetKind>? Kinds, IReadOnlyList<string>? RegionPrefixes, IReadOnlyList<string>? Industries,
    IReadOnlyList<string>? Departments, IReadOnlyList<string>? Tags, IReadOnlyList<TargetStatus>? Statuses);
