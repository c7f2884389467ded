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
    public async ValueTask<AmendmentDto> Handle(RequestAmendmentCommand command, CancellationToken cancellationToken)
    {
        var draw = await db.GetDrawAsync(command.DrawId, cancellationToken);
        Rule.Check(draw.Status == DrawStatus.Sealed, RuleCodes.DrawNotSealedForAmendment);
        var amendment = command.Kind == AmendmentKind.ReplaceOfficer
            ? DrawAmendment.ReplaceOfficer(draw.Id, draw.ResultDigest!, command.GroupNumber!.Value, command.OfficerId!.Value, command.ReplacementOfficerId!.Value,
                command.Reason!.Value, command.Note, actor.Name)
            : DrawAmendment.PlaceTarget(draw.Id, draw.ResultDigest!, command.GroupNumber!.Value, command.TargetCode!, command.Note, actor.Name);
        await db.CheckAmendmentAsync(recusals, clock.Today(), draw, amendment, cancellationToken);
        db.DrawAmendments.Add(amendment);
        await db.SaveChangesAsync(cancellationToken);
        return amendment.ToDto();
    }
}
