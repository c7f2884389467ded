using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Commands.DecideAmendment;

/// <summary>A leader approves or rejects; approval re-checks the rules against the draw as it is now.</summary>
/// <remarks>The amendment is looked up within the draw, so the draw's scope covers it.</remarks>
public sealed record DecideAmendmentCommand(Guid DrawId, Guid AmendmentId, bool? Approve) : ICommand<AmendmentDto>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;
}
