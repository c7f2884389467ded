using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>The rows a sealed result adds.</summary>
public sealed record SealedRows(
    List<DrawGroupMember> Members, List<DrawSelection> Selections, List<DrawnTargetByYear> Claims, List<InspectionHistoryEntry> History);
