namespace DoubleRandom.Application.Inspections.Assignments;

/// <summary>One effective group the caller is in: whether the caller leads it, its members and its targets.</summary>
public sealed record AssignmentGroupDto(int Number, bool Leader, IReadOnlyList<AssignmentMemberDto> Members, IReadOnlyList<AssignmentTargetDto> Targets);
