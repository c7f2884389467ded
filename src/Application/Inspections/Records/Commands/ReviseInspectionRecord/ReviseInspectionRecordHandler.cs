using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Records.Commands.ReviseInspectionRecord;

public sealed class ReviseInspectionRecordHandler(IApplicationDbContext db, RecordAccess access)
    : ICommandHandler<ReviseInspectionRecordCommand, InspectionRecordDto>
{
    public async ValueTask<InspectionRecordDto> Handle(ReviseInspectionRecordCommand command, CancellationToken cancellationToken)
    {
        var record = await access.WritableAsync(command.Id, cancellationToken);
        StaleVersion.ThrowIfStale(command.Version, record.Version);
        var itemIds = await db.InspectionTasks.AsNoTracking().Where(t => t.Id == record.TaskId).Select(t => t.Settings).SingleAsync(cancellationToken);
        var (visit, ids) = await command.ToVisitAsync(db, itemIds.ItemIds, cancellationToken);
        record.Revise(visit, ids);
        await db.SaveChangesAsync(cancellationToken);
        return record.ToDto();
    }
}
