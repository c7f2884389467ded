using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Rosters.Recusals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Commands.DecideAmendment;

public sealed class DecideAmendmentHandler(IApplicationDbContext db, IRecusalSource recusals, IDrawStore store, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<DecideAmendmentCommand, AmendmentDto>
{
    /// <remarks>
    /// Decisions on one draw are serialised by a lock on the draw row (PostgreSQL <c>FOR UPDATE</c>): two approvals of
    /// conflicting amendments (the same replacement for two groups, one target placed twice) cannot both pass the checks;
    /// the second waits, then is checked against the draw with the first applied.
    /// </remarks>
    public async ValueTask<AmendmentDto> Handle(DecideAmendmentCommand command, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await store.LockAsync(command.DrawId, cancellationToken);
        var draw = await db.GetDrawAsync(command.DrawId, cancellationToken);
        var amendment = await db.DrawAmendments.FirstOrDefaultAsync(a => a.Id == command.AmendmentId && a.DrawId == draw.Id, cancellationToken)
            ?? throw new NotFoundException(RecordNames.Amendment, command.AmendmentId);
        amendment.EnsureOpen();
        if (command.Approve == true)
        {
            await db.CheckAmendmentAsync(recusals, clock.Today(), draw, amendment, cancellationToken);
        }

        amendment.Decide(command.Approve!.Value, actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return amendment.ToDto();
    }
}
