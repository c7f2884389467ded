namespace DoubleRandom.Application.Draws;

/// <summary>One officer of a group, as currently effective (approved amendments applied).</summary>
public sealed record GroupOfficerDto(Guid OfficerId, string Number, string Name, bool Leader, bool ByAmendment);
