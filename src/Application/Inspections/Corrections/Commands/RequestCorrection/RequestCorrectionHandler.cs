using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Inspections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Corrections.Commands.RequestCorrection;

public sealed class RequestCorrectionHandler(IApplicationDbContext db, RecordAccess access, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RequestCorrectionCommand, CorrectionDto>
{
    public async ValueTask<CorrectionDto> Handle(RequestCorrectionCommand command, CancellationToken cancellationToken)
    {
        var record = await access.ReadableAsync(command.RecordId, cancellationToken);
        Rule.Check(await RecordFinality.IsFinalAsync(db, record, cancellationToken), RuleCodes.RecordNotFinal);
        var pending = await db.RecordCorrections.AsNoTracking()
            .Where(c => c.RecordId == record.Id && c.Status == CorrectionStatus.Pending).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (pending is { } existing)
        {
            throw new ConflictException("correction-pending", Text.Of(
                "该检查记录已有待审批的更正申请（existingId），审批后才能再申请",
                "The record already has a correction waiting for a decision (existingId); ask again once it is decided."))
            { ExistingId = existing };
        }

        var content = new CorrectionContent(record, command.Items);
        var checkedFields = await new CorrectionContentValidator(clock).ValidateAsync(content, cancellationToken);
        if (!checkedFields.IsValid)
        {
            throw new RequestValidationException(checkedFields.Errors);
        }

        var settings = await db.InspectionTasks.AsNoTracking().Where(t => t.Id == record.TaskId).Select(t => t.Settings).SingleAsync(cancellationToken);
        var (visit, _) = await content.ToVisitAsync(db, settings.ItemIds, cancellationToken);
        var unit = await SupervisingUnitAsync(record, cancellationToken);
        var correction = RecordCorrection.Request(record, visit.Items, command.Reason!, unit, actor.Name, clock.GetUtcNow().UtcDateTime);
        db.RecordCorrections.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        return correction.ToDto();
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
