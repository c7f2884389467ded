using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Archives.Queries.GetTaskArchive;

/// <summary>The archive of a task (404 when the task has none).</summary>
public sealed record GetTaskArchiveQuery(Guid TaskId) : IQuery<TaskArchiveDto>, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => TaskId;
}
