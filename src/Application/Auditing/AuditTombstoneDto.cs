namespace DoubleRandom.Application.Auditing;

/// <summary>When, by whom and on what ground a payload was redacted, and which entry records it.</summary>
public sealed record AuditTombstoneDto(DateTime RedactedAtUtc, string? RedactedBy, string? Reason, long? RecordSequence);
