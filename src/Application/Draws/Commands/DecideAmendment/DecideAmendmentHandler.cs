using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Draws.Snapshots;
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
    public async ValueTask<AmendmentDto> Handle(DecideAmendmentCommand c, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await store.LockAsync(c.DrawId, ct);
        var draw = await db.GetDrawAsync(c.DrawId, ct);
        var amendment = await db.DrawAmendments.FirstOrDefaultAsync(a => a.Id == c.AmendmentId && a.DrawId == draw.Id, ct)
            ?? throw new NotFoundException(Text.Of("变更申请", "Amendment"), c.AmendmentId);
        amendment.EnsureOpen();
        if (c.Approve == true)
        {
            await db.CheckAmendmentAsync(recusals, clock.Today(), draw, amendment, ct);
        }

        amendment.Decide(c.Approve!.Value, actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return amendment.ToDto();
    }
}
