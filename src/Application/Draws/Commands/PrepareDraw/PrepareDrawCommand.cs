using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Draws.Commands.PrepareDraw;

/// <summary>
/// Freezes the task's snapshots, generates s and publishes the commitment C (DR1 §4). From here on the task
/// cannot change, and the draw is public (with its commitment) whether or not it is ever executed.
/// </summary>
public sealed record PrepareDrawCommand(Guid TaskId) : ICommand<DrawDto>, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => TaskId;
}
