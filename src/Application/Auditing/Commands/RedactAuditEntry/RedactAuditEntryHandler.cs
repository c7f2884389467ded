using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Auditing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Auditing.Commands.RedactAuditEntry;

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
