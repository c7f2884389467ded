using System.Globalization;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Auditing;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Auditing.Commands.RedactAuditEntry;

/// <summary>
/// Forgets the payload (before, after, reason) of audit entry <paramref name="Sequence"/> on a stated legal ground,
/// keeping its digest, so the chain still proves the entry's place, time, actor and record (docs/audit.md, "Redaction").
/// </summary>
public sealed record RedactAuditEntryCommand(long Sequence, string? Reason) : ICommand<AuditEntryDto>;

public sealed class RedactAuditEntryValidator : AbstractValidator<RedactAuditEntryCommand>
{
    public RedactAuditEntryValidator()
    {
        RuleFor(c => c.Sequence).GreaterThan(0);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(AuditRedaction.ReasonMaxLength)
            .Must(r => r is null || (r == r.Trim() && !r.Any(char.IsControl)))
            .WithMessage(_ => Text.Of(
                "须写明删除依据（法律依据），首尾不能有空白，且不能包含控制字符",
                "State the legal ground for the redaction, without leading or trailing white space or control characters"));
    }
}

public sealed class RedactAuditEntryHandler(IApplicationDbContext db, IAuditChainLinker linker, IAuditRedactor redactor)
    : ICommandHandler<RedactAuditEntryCommand, AuditEntryDto>
{
    public async ValueTask<AuditEntryDto> Handle(RedactAuditEntryCommand command, CancellationToken cancellationToken)
    {
        await linker.LinkCommittedAsync(cancellationToken);
        var entry = await db.AuditEntries.FirstOrDefaultAsync(e => e.Sequence == command.Sequence, cancellationToken)
            ?? throw new NotFoundException(Text.Of("审计条目", "Audit entry"), command.Sequence);
        if (entry.IsRedacted)
        {
            throw new ConflictException("audit-entry-already-redacted", Text.Of(
                $"审计条目 {entry.Sequence} 的内容已于 {entry.RedactedAtUtc:yyyy-MM-dd HH:mm:ss}Z 删除",
                $"Audit entry {entry.Sequence} was already redacted at {entry.RedactedAtUtc:yyyy-MM-dd HH:mm:ss}Z."));
        }

        if (entry.HashVersion < AuditHash.CurrentVersion || entry.PayloadDigest is null)
        {
            throw new ConflictException("audit-entry-not-redactable", Text.Of(
                $"审计条目 {entry.Sequence} 为第 {entry.HashVersion} 版哈希，其内容直接计入哈希链，不能删除",
                $"Audit entry {entry.Sequence} uses hash version {entry.HashVersion}, which chains its payload itself; it cannot be redacted."));
        }

        await redactor.RedactAsync(entry.Sequence, entry.PayloadDigest, command.Reason!, cancellationToken);
        var tombstone = await db.AuditEntries.FirstAsync(e => e.Sequence == command.Sequence, cancellationToken);
        return tombstone.ToDto();
    }
}

/// <summary>The message the redactor throws when the database refuses (raced by another redaction).</summary>
public static class AuditRedactionRefusal
{
    public static ConflictException For(long sequence) => new("audit-entry-not-redactable", Text.Of(
        $"数据库拒绝删除审计条目 {sequence.ToString(CultureInfo.InvariantCulture)} 的内容（已删除或不可删除）",
        $"The database refused to redact audit entry {sequence.ToString(CultureInfo.InvariantCulture)} (already redacted, or not redactable)."));
}
