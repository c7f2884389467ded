using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Rosters.Recusals;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Draws;
using Mediator;

namespace DoubleRandom.Application.Draws.Commands.RequestAmendment;

public sealed class RequestAmendmentHandler(IApplicationDbContext db, IRecusalSource recusals, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RequestAmendmentCommand, AmendmentDto>
{
    public async ValueTask<AmendmentDto> Handle(RequestAmendmentCommand c, CancellationToken ct)
    {
        var draw = await db.GetDrawAsync(c.DrawId, ct);
        Rule.Check(draw.Status == DrawStatus.Sealed, RuleCodes.DrawNotSealedForAmendment);
        var amendment = c.Kind == AmendmentKind.ReplaceOfficer
            ? DrawAmendment.ReplaceOfficer(draw.Id, draw.ResultDigest!, c.GroupNumber!.Value, c.OfficerId!.Value, c.ReplacementOfficerId!.Value,
                c.Reason!.Value, c.Note, actor.Name)
            : DrawAmendment.PlaceTarget(draw.Id, draw.ResultDigest!, c.GroupNumber!.Value, c.TargetCode!, c.Note, actor.Name);
        await db.CheckAmendmentAsync(recusals, clock.Today(), draw, amendment, ct);
        db.DrawAmendments.Add(amendment);
        await db.SaveChangesAsync(ct);
        return amendment.ToDto();
    }
}
