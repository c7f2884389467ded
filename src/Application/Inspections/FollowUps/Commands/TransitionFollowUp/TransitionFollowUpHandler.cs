using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.FollowUps.Commands.TransitionFollowUp;

/// <remarks>
/// An archived task answers 409 task-archived before any other rule. The If-Match version is the entity's row version
/// (the stale-version answer is the one of every versioned write); the step rule and its text are <c>FollowUp.MoveTo</c>'s
/// (409 follow-up-transition, field status).
/// </remarks>
public sealed class TransitionFollowUpHandler(
    IApplicationDbContext db, FollowUpAccess access, ArchivedTaskGuard archived, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<TransitionFollowUpCommand, FollowUpDto>
{
    public async ValueTask<FollowUpDto> Handle(TransitionFollowUpCommand command, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUps.SingleAsync(f => f.Id == command.Id, cancellationToken);
        await archived.EnsureWritableAsync(followUp.TaskId, cancellationToken);
        await access.DemandSupervisingAsync(followUp, cancellationToken);
        StaleVersion.ThrowIfStale(command.Version, followUp.Version);

        try
        {
            followUp.MoveTo(command.Status!.Value, command.Note, actor.Name, clock.GetUtcNow().UtcDateTime);
        }
        catch (BusinessRuleViolationException e) when (e.Rule == RuleCodes.FollowUpTransition)
        {
            throw new ConflictException(e.Code, RuleTexts.Detail(e), "status"); // the domain's rule and text, on the field that broke it
        }
        await db.SaveChangesAsync(cancellationToken);
        return await access.ToDtoAsync(followUp, cancellationToken);
    }
}
