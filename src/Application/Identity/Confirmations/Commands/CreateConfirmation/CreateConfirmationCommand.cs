using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Identity.Confirmations.Commands.CreateConfirmation;

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
