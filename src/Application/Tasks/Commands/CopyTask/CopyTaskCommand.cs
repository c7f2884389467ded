using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Tasks.Commands.CopyTask;

/// <summary>Reuses a task's settings (a template) for a new draft task, e.g. next year's.</summary>
public sealed record CopyTaskCommand(Guid Id, int? Year, string? Name) : ICommand<TaskDto>, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => Id;
}
