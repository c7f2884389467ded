using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Scoping;
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
/// <remarks>
/// The subject is a record of the action's kind (<c>draw.execute</c>: a draw id) that exists and lies in the scope of
/// both the requester (else 404, like every scoped record) and the confirming supervisor (else 403 unit-out-of-scope).
/// </remarks>
public sealed record CreateConfirmationCommand(string? Action, string? Subject, string? UserName, string? Password)
    : ICommand<ConfirmationDto>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => ConfirmableActions.DrawOf(Action, Subject);
}

/// <summary>The actions a supervisor confirms, and what their subject names.</summary>
public static class ConfirmableActions
{
    public const string DrawExecute = "draw.execute";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([DrawExecute], StringComparer.Ordinal);

    /// <summary>The draw a <c>draw.execute</c> confirmation is for: its id, as the execute step compares it.</summary>
    public static Guid? DrawOf(string? action, string? subject) =>
        action == DrawExecute && Guid.TryParseExact(subject, "D", out var id) && id.ToString() == subject ? id : null;
}

public sealed record ConfirmationDto(Guid Id, string Action, string Subject, Guid ConfirmedByUserId, string ConfirmedBy, DateTime ExpiresAtUtc);

public sealed class CreateConfirmationValidator : AbstractValidator<CreateConfirmationCommand>
{
    public CreateConfirmationValidator()
    {
        RuleFor(c => c.Action).NotEmpty().MaximumLength(64).Matches("^[a-z][a-z0-9.-]+$");
        RuleFor(c => c.Subject).NotEmpty().MaximumLength(128).Matches("^[0-9A-Za-z._:-]+$");
        RuleFor(c => c.Action).Must(a => ConfirmableActions.All.Contains(a!)).When(c => !string.IsNullOrEmpty(c.Action))
            .WithMessage(_ => Text.Of("不是需要监督人确认的操作", "Not an action a supervisor confirms."));
        RuleFor(c => c.Subject).Must((c, s) => ConfirmableActions.DrawOf(c.Action, s) is not null)
            .When(c => c.Action == ConfirmableActions.DrawExecute && !string.IsNullOrEmpty(c.Subject))
            .WithMessage(_ => Text.Of("确认对象须为抽取编号（小写 GUID）", "The subject must be the draw's id (a lower-case GUID)."));
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(User.UserNameMaxLength);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
    }
}

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
    private async Task EnsureConfirmerSeesAsync(CreateConfirmationCommand command, User confirmer, CancellationToken ct)
    {
        try
        {
            await scope.For(confirmer).EnsureAsync(command, ct);
        }
        catch (NotFoundException)
        {
            throw new ForbiddenException("unit-out-of-scope", Text.Of(
                "监督人只能确认本单位及下级单位范围内的事项", "A supervisor can only confirm what lies in their unit and the units below it."));
        }
    }
}

/// <summary>Used by sensitive actions (the draw) to spend a confirmation exactly once.</summary>
public sealed class ConfirmationGate(IApplicationDbContext db, TimeProvider clock)
{
    /// <summary>Marks the confirmation used, in the caller's unit of work; the caller saves with its own change.</summary>
    public async Task<ActionConfirmation> ConsumeAsync(Guid confirmationId, string action, string subject, Guid requesterId, CancellationToken ct)
    {
        var confirmation = await db.ActionConfirmations.FirstOrDefaultAsync(c => c.Id == confirmationId, ct)
            ?? throw Rule.Broken(RuleCodes.ConfirmationMissing);
        confirmation.Consume(action, subject, requesterId, clock.GetUtcNow().UtcDateTime);
        return confirmation;
    }
}
