using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Commands.ExecuteDraw;

/// <summary>
/// The one click (§5.1): the witness's entropy E and a supervisor's confirmation for this draw; DR1 runs and
/// the result is sealed in one transaction. Exactly one of two simultaneous executions succeeds.
/// </summary>
/// <param name="Entropy">What the witness entered (dice, a lottery number, a beacon value): 1..1024 bytes of UTF-8.</param>
/// <param name="ConfirmationId">A supervisor's confirmation of action <c>draw.execute</c> on this draw's id.</param>
public sealed record ExecuteDrawCommand(Guid DrawId, string? Entropy, Guid? ConfirmationId) : ICommand<DrawDto>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;
}
