using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Domain.Inspections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Corrections.Commands.RequestCorrection;

/// <remarks>
/// Who may ask: a member of the record's group, or an operator who sees its task (<see cref="RecordAccess.ActionableAsync"/>;
/// 404 for anyone else — a leader or supervisor reads the record but does not ask). An archived task answers 409
/// task-archived before any other rule. The items are checked once, by the record's own rules on the record's visit
/// (<see cref="CorrectionContentValidator"/>). A concurrent second request meets the one-pending index and is answered
/// like a second request: 409 correction-pending with existingId.
/// </remarks>
public sealed class RequestCorrectionHandler(
    IApplicationDbContext db, RecordAccess access, ArchivedTaskGuard archived, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RequestCorrectionCommand, CorrectionDto>
{
    private static readonly string[] RequestersByTask = [Roles.Operator];

    public async ValueTask<CorrectionDto> Handle(RequestCorrectionCommand command, CancellationToken cancellationToken)
    {
        var record = await access.ActionableAsync(command.RecordId, RequestersByTask, cancellationToken);
        await archived.EnsureWritableAsync(record.TaskId, cancellationToken);
        Rule.Check(await RecordFinality.IsFinalAsync(db, record, cancellationToken), RuleCodes.RecordNotFinal);
        await ThrowIfPendingAsync(record.Id, cancellationToken);
        var content = new CorrectionContent(record, command.Items);
        var checkedFields = await new CorrectionContentValidator(clock).ValidateAsync(content, cancellationToken);
        if (!checkedFields.IsValid)
        {
            throw new RequestValidationException(checkedFields.Errors);
        }

        var settings = await db.InspectionTasks.AsNoTracking().Where(t => t.Id == record.TaskId).Select(t => t.Settings).SingleAsync(cancellationToken);
        var (visit, _) = await content.ToVisitAsync(db, settings.ItemIds, cancellationToken);
        var unit = await SupervisingUnitAsync(record, cancellationToken);
        var correction = RecordCorrection.Request(
            record, visit.Items, command.Reason!, unit, actor.Name, actor.UserId, clock.GetUtcNow().UtcDateTime);
        db.RecordCorrections.Add(correction);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException e) when (e.Code == "duplicate-key")
        {
            // Asked by someone else at the same moment: answer as for a second request.
            db.ChangeTracker.Clear();
            await ThrowIfPendingAsync(record.Id, cancellationToken);
            throw;
        }

        return correction.ToDto();
    }

    private async Task ThrowIfPendingAsync(Guid recordId, CancellationToken ct)
    {
        var pending = await db.RecordCorrections.AsNoTracking()
            .Where(c => c.RecordId == recordId && c.Status == CorrectionStatus.Pending).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (pending is { } existing)
        {
            throw new ConflictException("correction-pending", Text.Of(
                "该检查记录已有待审批的更正申请（existingId），审批后才能再申请",
                "The record already has a correction waiting for a decision (existingId); ask again once it is decided."))
            { ExistingId = existing };
        }
    }

    /// <summary>The unit of the officer leading the record's group now (the effective group's first member).</summary>
    private async Task<Guid> SupervisingUnitAsync(InspectionRecord record, CancellationToken ct)
    {
        var group = await DrawResults.LoadGroupAsync(db, record.DrawId, record.GroupNumber, ct)
            ?? throw new NotFoundException(RecordNames.InspectionGroup, $"{record.TaskId}/{record.GroupNumber}");
        var leader = group.Officers[0].OfficerId;
        return await db.Officers.AsNoTracking().Where(o => o.Id == leader).Select(o => o.UnitId).SingleAsync(ct);
    }
}
