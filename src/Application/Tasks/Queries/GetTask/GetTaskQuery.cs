using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Tasks.Queries.GetTask;

public sealed record GetTaskQuery(Guid Id) : IQuery<TaskDto>, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => Id;
}
