using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Draws;
using DoubleRandom.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Archives.Queries.DownloadTaskArchive;

public sealed class DownloadTaskArchiveHandler(IApplicationDbContext db, IAttachmentStore store, IAuditLog audit)
    : IQueryHandler<DownloadTaskArchiveQuery, TaskArchiveFile>
{
    public async ValueTask<TaskArchiveFile> Handle(DownloadTaskArchiveQuery query, CancellationToken cancellationToken)
    {
        var archive = await db.TaskArchives.AsNoTracking().FirstOrDefaultAsync(a => a.TaskId == query.TaskId, cancellationToken)
            ?? throw new NotFoundException(RecordNames.TaskArchive, query.TaskId);
        var name = await db.InspectionTasks.AsNoTracking().Where(t => t.Id == query.TaskId).Select(t => t.Name).FirstAsync(cancellationToken);
        var content = store.OpenRead(archive.Sha256) ?? throw new NotFoundException(RecordNames.TaskArchive, archive.Sha256);
        try
        {
            if (query.Audited)
            {
                await audit.RecordReadAsync(nameof(TaskArchive), archive.Id.ToString(), "archive downloaded", cancellationToken);
            }
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }

        return new TaskArchiveFile(content, name, TaskArchiveDto.From(archive));
    }
}
