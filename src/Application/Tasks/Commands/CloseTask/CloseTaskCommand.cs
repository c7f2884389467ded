using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Tasks.Commands.CloseTask;

/// <summary>Closes a drawn task: its draws are revealed (s published, names public).</summary>
public sealed record CloseTaskCommand(Guid Id) : ICommand<TaskDto>, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => Id;
}
