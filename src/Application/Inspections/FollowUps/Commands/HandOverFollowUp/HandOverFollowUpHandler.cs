using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Inspections.FollowUps;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.FollowUps.Commands.HandOverFollowUp;

public sealed class HandOverFollowUpHandler(IApplicationDbContext db, FollowUpAccess access, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<HandOverFollowUpCommand, FollowUpDto>
{
    public async ValueTask<FollowUpDto> Handle(HandOverFollowUpCommand command, CancellationToken cancellationToken)
    {
        var record = await access.HandOverableRecordAsync(command.RecordId, cancellationToken);
        var unitId = command.SupervisingUnitId!.Value;
        if (!await db.BranchUnits.AsNoTracking().AnyAsync(u => u.Id == unitId && u.RetiredAtUtc == null, cancellationToken))
        {
            throw RequestValidationException.ForField("supervisingUnitId", FollowUpTexts.UnknownUnit);
        }

        var item = record.Items.FirstOrDefault(i => i.ItemId == command.ItemId)
            ?? throw RequestValidationException.ForField("itemId", FollowUpTexts.NotAnItem);
        var problem = await db.ResultCategories.AsNoTracking().Where(c => c.Code == item.ResultCategoryCode)
            .Select(c => c.IndicatesProblem).SingleAsync(cancellationToken);
        if (!problem)
        {
            throw new ConflictException("follow-up-no-problem", FollowUpTexts.NoProblem(item.ResultCategoryCode), "itemId");
        }

        await ThrowIfOpenAsync(record.Id, item.ItemId, cancellationToken);
        var followUp = FollowUp.HandOver(
            record.TaskId, record.Id, record.TargetCode, record.TargetName, item.ItemId, item.ItemName, item.ResultCategoryCode, item.Findings,
            unitId, command.Deadline!.Value, command.Note, actor.Name, clock.GetUtcNow().UtcDateTime);
        db.FollowUps.Add(followUp);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException e) when (e.Code == "duplicate-key")
        {
            // Handed over by someone else at the same moment: answer as for a second hand-over.
            db.ChangeTracker.Clear();
            await ThrowIfOpenAsync(record.Id, item.ItemId, cancellationToken);
            throw;
        }

        return await access.ToDtoAsync(followUp, cancellationToken);
    }

    private async Task ThrowIfOpenAsync(Guid recordId, Guid itemId, CancellationToken ct)
    {
        var open = await db.FollowUps.AsNoTracking()
            .Where(f => f.RecordId == recordId && f.ItemId == itemId && f.Status != FollowUpStatus.Closed)
            .Select(f => (Guid?)f.Id).FirstOrDefaultAsync(ct);
        if (open is { } id)
        {
            throw new ConflictException("follow-up-exists", FollowUpTexts.Exists(id), "itemId") { ExistingId = id };
        }
    }
}
