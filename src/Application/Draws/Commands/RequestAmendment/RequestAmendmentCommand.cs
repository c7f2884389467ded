using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Draws;
using Mediator;

namespace DoubleRandom.Application.Draws.Commands.RequestAmendment;

/// <summary>
/// Asks to change a sealed draw (§4.3.2): replace an officer (the replacement is named from the roster, not redrawn)
/// or place a target DR1 left unassigned. Nothing changes until a leader approves.
/// </summary>
public sealed record RequestAmendmentCommand(
    Guid DrawId, AmendmentKind? Kind, int? GroupNumber, Guid? OfficerId, Guid? ReplacementOfficerId, string? TargetCode,
    AmendmentReason? Reason, string? Note) : ICommand<AmendmentDto>, IScopedToDraw, IScopedToOfficer
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;

    /// <summary>The replacement is named from the roster the requester can see (an officer elsewhere reads as unknown).</summary>
    Guid? IScopedToOfficer.ScopedOfficerId => ReplacementOfficerId;

    string? IScopedToOfficer.ScopedOfficerField => "replacementOfficerId";
}
