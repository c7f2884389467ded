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
            throw AuditRedactionRefusal.AlreadyRedacted(entry);
        }

        if (entry.HashVersion < AuditHash.CurrentVersion || entry.PayloadDigest is null)
        {
            throw AuditRedactionRefusal.PayloadChained(entry);
        }

        await redactor.RedactAsync(entry.Sequence, entry.PayloadDigest, command.Reason!, cancellationToken);
        var tombstone = await db.AuditEntries.FirstAsync(e => e.Sequence == command.Sequence, cancellationToken);
        return tombstone.ToDto();
    }
}
