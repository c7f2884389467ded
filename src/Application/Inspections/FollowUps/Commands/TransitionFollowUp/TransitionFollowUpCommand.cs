using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Inspections.FollowUps;
using Mediator;

namespace DoubleRandom.Application.Inspections.FollowUps.Commands.TransitionFollowUp;

/// <summary>
/// Moves a follow-up one step on (the supervising unit). <see cref="Version"/> is the version the If-Match names (null
/// for <c>*</c>): a follow-up changed since is refused with 409 stale-version.
/// </summary>
public sealed record TransitionFollowUpCommand(Guid Id, int? Version, FollowUpStatus? Status, string? Note)
    : ICommand<FollowUpDto>, IScopedToFollowUp
{
    Guid? IScopedToFollowUp.ScopedFollowUpId => Id;
}
