using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Commands.RevealDraw;

/// <summary>An administrator publishes s before the task closes (closing the task reveals its draws anyway).</summary>
public sealed record RevealDrawCommand(Guid DrawId) : ICommand<DrawDto>, IScopedToDraw
{
    Guid? IScopedToDraw.ScopedDrawId => DrawId;
}
