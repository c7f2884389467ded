using DoubleRandom.Application.Draws;

namespace DoubleRandom.Application.Inspections;

/// <summary>
/// One effective group of a sealed draw that the signed-in user's officer belongs to (approved amendments applied):
/// its members in order (position 0 leads) and its targets (placed ones included).
/// </summary>
public sealed record GroupAssignment(
    Guid TaskId,
    string TaskName,
    int TaskYear,
    bool TaskClosed,
    Guid DrawId,
    int GroupNumber,
    Guid OfficerId,
    bool IsLeader,
    IReadOnlyList<GroupOfficerDto> Officers,
    IReadOnlyList<GroupTargetDto> Targets);
