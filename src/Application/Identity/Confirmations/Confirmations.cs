using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Identity;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity.Confirmations;

/// <summary>
/// A supervisor, at the operator's side, re-enters their own user name and password to confirm one action
/// (e.g. <c>draw.execute</c>) on one subject (e.g. a draw id). The operator then presents the confirmation id.
/// </summary>
public sealed record CreateConfirmationCommand(string? Action, string? Subject, string? UserName, string? Password)
    : ICommand<ConfirmationDto>;

public sealed record ConfirmationDto(Guid Id, string Action, string Subject, Guid ConfirmedByUserId, string ConfirmedBy, DateTime ExpiresAtUtc);

public sealed class CreateConfirmationValidator : AbstractValidator<CreateConfirmationCommand>
{
    public CreateConfirmationValidator()
    {
        RuleFor(c => c.Action).NotEmpty().MaximumLength(64).Matches("^[a-z][a-z0-9.-]+$");
        RuleFor(c => c.Subject).NotEmpty().MaximumLength(128).Matches("^[0-9A-Za-z._:-]+$");
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(User.UserNameMaxLength);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
    }
}

public sealed class CreateConfirmationHandler(
    IApplicationDbContext db, ICurrentActor actor, CredentialVerifier verifier, SecurityOptions options, TimeProvider clock)
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

        var confirmation = ActionConfirmation.Grant(
            command.Action!, command.Subject!, confirmer, requester, clock.GetUtcNow().UtcDateTime,
            TimeSpan.FromMinutes(options.ConfirmationMinutes));
        db.ActionConfirmations.Add(confirmation);
        await db.SaveChangesAsync(cancellationToken);
        return new ConfirmationDto(
            confirmation.Id, confirmation.Action, confirmation.Subject, confirmer.Id, confirmer.UserName, confirmation.ExpiresAtUtc);
    }
}

/// <summary>Used by sensitive actions (the draw) to spend a confirmation exactly once.</summary>
public sealed class ConfirmationGate(IApplicationDbContext db, TimeProvider clock)
{
    /// <summary>Marks the confirmation used, in the caller's unit of work; the caller saves with its own change.</summary>
    public async Task<ActionConfirmation> ConsumeAsync(Guid confirmationId, string action, string subject, Guid requesterId, CancellationToken ct)
    {
        var confirmation = await db.ActionConfirmations.FirstOrDefaultAsync(c => c.Id == confirmationId, ct)
            ?? throw new BusinessRuleViolationException("confirmation-missing", Text.Of("监督人确认不存在", "No such confirmation."));
        confirmation.Consume(action, subject, requesterId, clock.GetUtcNow().UtcDateTime);
        return confirmation;
    }
}
