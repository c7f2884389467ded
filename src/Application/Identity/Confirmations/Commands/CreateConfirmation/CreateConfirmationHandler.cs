using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Identity;
using Mediator;

namespace DoubleRandom.Application.Identity.Confirmations.Commands.CreateConfirmation;

public sealed class CreateConfirmationHandler(
    IApplicationDbContext db, ICurrentActor actor, CredentialVerifier verifier, RecordScope scope, SecurityOptions options, TimeProvider clock)
    : ICommandHandler<CreateConfirmationCommand, ConfirmationDto>
{
    public async ValueTask<ConfirmationDto> Handle(CreateConfirmationCommand command, CancellationToken cancellationToken)
    {
        var requester = actor.UserId ?? throw CredentialVerifier.InvalidCredentials();
        User confirmer;
        try
        {
            confirmer = await verifier.VerifyAsync(command.UserName!, command.Password!, cancellationToken);
        }
        catch (AuthenticationFailedException)
        {
            // The caller's own token is fine; it is the witness's credentials that failed.
            throw new ForbiddenException("confirmation-denied", Text.Of("监督人身份确认失败", "The supervisor's confirmation was refused."));
        }

        await EnsureConfirmerSeesAsync(command, confirmer, cancellationToken);
        var confirmation = ActionConfirmation.Grant(
            command.Action!, command.Subject!, confirmer, requester, clock.GetUtcNow().UtcDateTime,
            TimeSpan.FromMinutes(options.ConfirmationMinutes));
        db.ActionConfirmations.Add(confirmation);
        await db.SaveChangesAsync(cancellationToken);
        return new ConfirmationDto(
            confirmation.Id, confirmation.Action, confirmation.Subject, confirmer.Id, confirmer.UserName, confirmation.ExpiresAtUtc);
    }

    /// <summary>The supervisor confirms only what lies in their own scope (the requester's was checked before, by RecordScope).</summary>
    private async Task EnsureConfirmerSeesAsync(CreateConfirmationCommand command, User confirmer, CancellationToken cancellationToken)
    {
        try
        {
            await scope.For(confirmer).EnsureAsync(command, cancellationToken);
        }
        catch (NotFoundException)
        {
            throw new ForbiddenException("unit-out-of-scope", Text.Of(
                "监督人只能确认本单位及下级单位范围内的事项", "A supervisor can only confirm what lies in their unit and the units below it."));
        }
    }
}
