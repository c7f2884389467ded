using Mediator;

namespace DoubleRandom.Application.Auditing.Commands.RedactAuditEntry;

/// <summary>
/// Forgets the payload (before, after, reason) of audit entry <paramref name="Sequence"/> on a stated legal ground,
/// keeping its digest, so the chain still proves the entry's place, time, actor and record (docs/audit.md, "Redaction").
/// </summary>
public sealed record RedactAuditEntryCommand(long Sequence, string? Reason) : ICommand<AuditEntryDto>;
