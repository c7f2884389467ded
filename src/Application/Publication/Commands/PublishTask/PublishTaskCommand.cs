using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Publication.Commands.PublishTask;

/// <summary>Publishes a task's results (一公开): an explicit action, once per task.</summary>
public sealed record PublishTaskCommand(Guid TaskId) : ICommand<TaskPublicationDto>, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => TaskId;
}
