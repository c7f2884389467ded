namespace DoubleRandom.Domain.Inspections.FollowUps;

/// <summary>
/// One step of a follow-up's history: the status it left (null for the hand-over itself), the status it reached, an
/// optional note, who and when (UTC).
/// </summary>
public sealed record FollowUpEvent(FollowUpStatus? FromStatus, FollowUpStatus ToStatus, string? Note, string By, DateTime AtUtc);
