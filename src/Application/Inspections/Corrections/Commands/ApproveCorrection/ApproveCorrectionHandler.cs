using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Inspections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Corrections.Commands.ApproveCorrection;

/// <remarks>
/// One save: the correction's decision, the record's new results and content version, and the versions kept (version 1
/// on the first approval, then the new one). A record changed since the request (its row version moved) is 409
/// stale-version; two approvals racing meet the row versions' concurrency check. <see cref="RecordCorrectedNotification"/>
/// is published before the save, so what its handlers change (the published results of 一公开) is saved with the approval.
/// </remarks>
public sealed class ApproveCorrectionHandler(
    IApplicationDbContext db, CorrectionDeciders deciders, ICurrentActor actor, IPublisher publisher, TimeProvider clock)
    : ICommandHandler<ApproveCorrectionCommand, CorrectionDto>
{
    public async ValueTask<CorrectionDto> Handle(ApproveCorrectionCommand command, CancellationToken cancellationToken)
    {
        var correction = await db.RecordCorrections.FirstAsync(c => c.Id == command.Id, cancellationToken);
        await deciders.EnsureAsync(correction, cancellationToken);
        var record = await db.InspectionRecords.FirstAsync(r => r.Id == correction.RecordId, cancellationToken);
        if (correction.Status == CorrectionStatus.Pending && !correction.IsCurrentFor(record))
        {
            throw new ConflictException("stale-version", Text.Of(
                $"检查记录在申请更正后已被修改（申请时版本 {correction.RecordVersion}，当前版本 {record.Version}），请驳回后重新申请",
                $"The record changed after the correction was asked for (version {correction.RecordVersion} then, {record.Version} now); reject it and ask again."),
                "recordVersion");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (record.ContentVersion == 1 && correction.Status == CorrectionStatus.Pending)
        {
            db.InspectionRecordVersions.Add(InspectionRecordVersion.Of(record, record.RecordedBy, record.RecordedAtUtc, null));
        }

        correction.Approve(record, actor.Name, command.Note, now);
        db.InspectionRecordVersions.Add(InspectionRecordVersion.Of(record, actor.Name, now, correction.Id));
        await publisher.Publish(new RecordCorrectedNotification(record.Id, record.TaskId, record.TargetCode), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return correction.ToDto();
    }
}
