namespace DoubleRandom.Application.Inspections.Assignments;

/// <summary>The caller's assignments: per open task with a sealed draw, the items to check (once) and the caller's groups.</summary>
public sealed record AssignmentsDto(IReadOnlyList<AssignmentTaskDto> Tasks);
