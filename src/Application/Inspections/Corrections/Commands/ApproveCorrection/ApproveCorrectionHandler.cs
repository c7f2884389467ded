using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Inspections.FollowUps;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Corrections.Commands.ApproveCorrection;

/// <remarks>
/// An archived task answers 409 task-archived before any other rule. One save: the correction's decision, the record's
/// new results and content version, and the versions kept (version 1 on the first approval — the content that became
/// final, attributed to the record's last revision — then the new one). A record changed since the request (its row
/// version moved) is 409 stale-version; a correction that changes an item whose finding has an open follow-up is 409
/// correction-open-follow-up (ADR 0023: the follow-up is closed first, then the result corrected); two approvals racing
/// meet the row versions' concurrency check or the version number's key (both answered stale-version, never
/// duplicate-key). <see cref="RecordCorrectedNotification"/> is published before the save, so what its handlers change
/// (the published results of 一公开) is saved with the approval.
/// </remarks>
public sealed class ApproveCorrectionHandler(
    IApplicationDbContext db, CorrectionDeciders deciders, ArchivedTaskGuard archived, ICurrentActor actor, IPublisher publisher, TimeProvider clock)
    : ICommandHandler<ApproveCorrectionCommand, CorrectionDto>
{
    public async ValueTask<CorrectionDto> Handle(ApproveCorrectionCommand command, CancellationToken cancellationToken)
    {
        var correction = await db.RecordCorrections.FirstAsync(c => c.Id == command.Id, cancellationToken);
        await archived.EnsureWritableAsync(correction.TaskId, cancellationToken);
        await deciders.EnsureAsync(correction, cancellationToken);
        var record = await db.InspectionRecords.FirstAsync(r => r.Id == correction.RecordId, cancellationToken);
        if (correction.Status == CorrectionStatus.Pending && !correction.IsCurrentFor(record))
        {
            throw new ConflictException("stale-version", Text.Of(
                $"检查记录在申请更正后已被修改（申请时版本 {correction.RecordVersion}，当前版本 {record.Version}），请驳回后重新申请",
                $"The record changed after the correction was asked for (version {correction.RecordVersion} then, {record.Version} now); reject it and ask again."),
                "recordVersion");
        }

        if (correction.Status == CorrectionStatus.Pending)
        {
            await ThrowIfOpenFollowUpAsync(correction, record, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (record.ContentVersion == 1 && correction.Status == CorrectionStatus.Pending)
        {
            db.InspectionRecordVersions.Add(InspectionRecordVersion.Of(record, record.UpdatedBy, record.UpdatedAtUtc, null));
        }

        correction.Approve(record, actor.Name, actor.UserId, command.Note, now);
        db.InspectionRecordVersions.Add(InspectionRecordVersion.Of(record, actor.Name, now, correction.Id));
        await publisher.Publish(new RecordCorrectedNotification(record.Id, record.TaskId, record.TargetCode), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException e) when (e.Code == "duplicate-key")
        {
            // Another approval of the same record won the race for the next version number: the record moved on.
            throw new ConflictException("stale-version", Text.Of(
                "检查记录刚被另一项更正修改，请刷新后重新审批", "The record was just changed by another correction; reload and decide again."), "recordVersion");
        }

        return correction.ToDto();
    }

    /// <summary>409 correction-open-follow-up when an item the correction changes has a follow-up that is not closed.</summary>
    private async Task ThrowIfOpenFollowUpAsync(RecordCorrection correction, InspectionRecord record, CancellationToken ct)
    {
        var changed = correction.Items.Where(i => !record.Items.Contains(i)).Select(i => i.ItemId).ToList();
        var open = await db.FollowUps.AsNoTracking()
            .Where(f => f.RecordId == record.Id && changed.Contains(f.ItemId) && f.Status != FollowUpStatus.Closed)
            .OrderBy(f => f.HandedOverAtUtc).Select(f => new { f.Id, f.ItemName }).FirstOrDefaultAsync(ct);
        if (open is not null)
        {
            throw new ConflictException("correction-open-follow-up", Text.Of(
                $"更正会改变检查事项「{open.ItemName}」的结果，而该事项的后续处置（{open.Id}）尚未办结：请先办结后续处置，再审批更正",
                $"The correction changes the result of item \"{open.ItemName}\", whose follow-up ({open.Id}) is not closed yet: close the follow-up first, then approve."))
            { ExistingId = open.Id };
        }
    }
}
