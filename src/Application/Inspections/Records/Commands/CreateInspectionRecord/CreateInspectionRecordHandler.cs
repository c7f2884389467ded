using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Records.Commands.CreateInspectionRecord;

public sealed class CreateInspectionRecordHandler(IApplicationDbContext db, ArchivedTaskGuard archived, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CreateInspectionRecordCommand, InspectionRecordDto>
{
    public async ValueTask<InspectionRecordDto> Handle(CreateInspectionRecordCommand command, CancellationToken cancellationToken)
    {
        var task = await db.InspectionTasks.AsNoTracking().SingleAsync(t => t.Id == command.TaskId, cancellationToken);
        await archived.EnsureWritableAsync(task.Id, cancellationToken);
        Rule.Check(task.Status != InspectionTaskStatus.Closed, RuleCodes.RecordTaskClosed);
        var sealedDraw = task.CurrentDrawId is { } drawId
            && await db.Draws.AsNoTracking().AnyAsync(d => d.Id == drawId && d.Status == DrawStatus.Sealed, cancellationToken);
        Rule.Check(sealedDraw, RuleCodes.RecordDrawNotSealed);

        var assignment = actor.UserId is { } user
            ? await AssignedTargets.FindAsync(db, user, task.Id, command.TargetCode!, cancellationToken)
            : null;
        if (assignment is null)
        {
            throw RequestValidationException.ForField("targetCode", Text.Of(
                $"检查对象 {command.TargetCode} 不是分配给你所在检查组的对象", $"Target {command.TargetCode} is not assigned to your group."));
        }

        await ThrowIfRecordedAsync(task.Id, command.TargetCode!, cancellationToken);
        var (visit, itemIds) = await command.ToVisitAsync(db, task.Settings.ItemIds, cancellationToken);
        var record = InspectionRecord.Create(
            task.Id, assignment.Group.DrawId, assignment.Group.GroupNumber, assignment.Target.Code, assignment.Target.Name, visit, itemIds,
            actor.Name, clock.GetUtcNow().UtcDateTime);
        db.InspectionRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException e) when (e.Code == "duplicate-key")
        {
            // Another member wrote it at the same moment: answer as for a second POST.
            db.ChangeTracker.Clear();
            await ThrowIfRecordedAsync(task.Id, command.TargetCode!, cancellationToken);
            throw;
        }

        return record.ToDto();
    }

    private async Task ThrowIfRecordedAsync(Guid taskId, string targetCode, CancellationToken ct)
    {
        var existing = await db.InspectionRecords.AsNoTracking().Where(r => r.TaskId == taskId && r.TargetCode == targetCode)
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            throw new ConflictException("record-exists", Text.Of(
                $"该任务中此检查对象已有检查记录（{id}），请修改该记录", $"This target already has a record in this task ({id}); revise that record."), "targetCode")
            {
                ExistingId = id,
            };
        }
    }
}
