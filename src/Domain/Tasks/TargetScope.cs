using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Domain.Tasks;

/// <summary>Which targets a task may draw from (§4.1). An empty list means "no restriction" on that facet.</summary>
public sealed record TargetScope(
    IReadOnlyList<TargetKind> Kinds,
    IReadOnlyList<string> RegionPrefixes,
    IReadOnlyList<string> Industries,
    IReadOnlyList<string> Departments,
    IReadOnlyList<string> Tags,
    IReadOnlyList<TargetStatus> Statuses)
{
    public static TargetScope Everything { get; } = new([], [], [], [], [], [TargetStatus.Active]);
}
