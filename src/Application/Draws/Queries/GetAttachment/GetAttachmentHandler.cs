using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Draws;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries.GetAttachment;

public sealed class GetAttachmentHandler(IApplicationDbContext db, IAttachmentStore store, IAuditLog audit)
    : IQueryHandler<GetAttachmentQuery, AttachmentFile>
{
    public async ValueTask<AttachmentFile> Handle(GetAttachmentQuery query, CancellationToken cancellationToken)
    {
        var draw = await db.GetDrawAsync(query.DrawId, cancellationToken);
        var attachment = await db.DrawAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == query.AttachmentId && a.DrawId == draw.Id, cancellationToken)
            ?? throw new NotFoundException(Text.Of("附件", "Attachment"), query.AttachmentId);
        var content = store.OpenRead(attachment.Sha256)
            ?? throw new NotFoundException(Text.Of("附件文件", "Attachment file"), attachment.Sha256);
        try
        {
            await audit.RecordReadAsync(nameof(DrawAttachment), attachment.Id.ToString(), "attachment downloaded", cancellationToken);
        }
        catch
        {
            // Not handed out: the open file goes with the failed request.
            await content.DisposeAsync();
            throw;
        }

        return new AttachmentFile(content, attachment.ContentType, attachment.FileName, attachment.Sha256, attachment.CreatedAtUtc);
    }
}
