using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Reference.Queries.ListEnums;
using DoubleRandom.Domain.Inspections.FollowUps;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.FollowUps.Commands.TransitionFollowUp;

public sealed class TransitionFollowUpHandler(IApplicationDbContext db, FollowUpAccess access, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<TransitionFollowUpCommand, FollowUpDto>
{
    public async ValueTask<FollowUpDto> Handle(TransitionFollowUpCommand command, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUps.SingleAsync(f => f.Id == command.Id, cancellationToken);
        await access.DemandSupervisingAsync(followUp, cancellationToken);
        if (command.Version is { } version && version != followUp.Version)
        {
            throw new ConflictException("stale-version", Text.Of(
                $"后续处置已被修改（当前版本 {followUp.Version}），请重新读取后再变更",
                $"The follow-up was changed since you read it (now version {followUp.Version}); reload and retry."), "If-Match");
        }

        var to = command.Status!.Value;
        if (!FollowUp.Allows(followUp.Status, to))
        {
            throw new ConflictException("follow-up-transition", FollowUpTexts.Skips(Name(followUp.Status), Name(to)), "status");
        }

        followUp.MoveTo(to, command.Note, actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return await access.ToDtoAsync(followUp, cancellationToken);
    }

    private static string Name(FollowUpStatus status) => EnumCatalogue.DisplayName(status);
}
