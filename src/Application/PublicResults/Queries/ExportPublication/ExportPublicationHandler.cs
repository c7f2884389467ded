using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Json;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Publication;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.PublicResults.Queries.ExportPublication;

public sealed class ExportPublicationHandler(IApplicationDbContext db, IAuditLog audit) : IQueryHandler<ExportPublicationQuery, PublicationExport>
{
    public async ValueTask<PublicationExport> Handle(ExportPublicationQuery query, CancellationToken cancellationToken)
    {
        var publication = await db.TaskPublications.AsNoTracking().Where(p => p.TaskId == query.TaskId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ConflictException("task-not-published", Text.Of(
                "该任务的检查结果尚未公示，公示后才能导出", "The task's results are not published yet; they can be exported once published."));
        var taskName = await db.InspectionTasks.AsNoTracking().Where(t => t.Id == query.TaskId).Select(t => t.Name).SingleAsync(cancellationToken);
        await audit.RecordReadAsync(
            nameof(PublishedResult), query.TaskId.ToString("D"), $"national publicity export ({EnumWire.Name(query.Encoding)})", cancellationToken);
        var rows = db.PublishedResults.AsNoTracking().Where(r => r.TaskId == query.TaskId)
            .OrderBy(r => r.TargetCode).ThenBy(r => r.ItemName).ThenBy(r => r.ItemId)
            .AsAsyncEnumerable();
        return new PublicationExport(taskName, publication.PublishedOn, query.Encoding, rows);
    }
}
