namespace DoubleRandom.Application.Inspections;

/// <summary>A member of the effective group (the leader first) and whether they signed the current content.</summary>
public sealed record SummaryMemberDto(Guid OfficerId, string Number, string Name, bool Leader, bool SignedCurrent);
