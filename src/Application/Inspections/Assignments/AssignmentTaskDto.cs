namespace DoubleRandom.Application.Inspections.Assignments;

/// <summary>One task: its name and year, the sealed draw, its items (listed once for all targets) and the caller's group(s).</summary>
public sealed record AssignmentTaskDto(
    Guid TaskId, string Name, int Year, Guid DrawId, IReadOnlyList<AssignmentItemDto> Items, IReadOnlyList<AssignmentGroupDto> Groups);
