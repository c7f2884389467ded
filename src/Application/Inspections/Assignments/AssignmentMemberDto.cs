namespace DoubleRandom.Application.Inspections.Assignments;

/// <summary>A member of the group (the first leads); <c>me</c> marks the caller.</summary>
public sealed record AssignmentMemberDto(string Name, bool Leader, bool Me);
