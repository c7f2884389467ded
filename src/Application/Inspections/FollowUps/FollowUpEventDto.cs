using DoubleRandom.Domain.Inspections.FollowUps;

namespace DoubleRandom.Application.Inspections.FollowUps;

/// <summary>One step of a follow-up: from (null for the hand-over) and to, the note, who and when.</summary>
public sealed record FollowUpEventDto(FollowUpStatus? FromStatus, FollowUpStatus ToStatus, string? Note, string By, DateTime AtUtc);
