using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Publication.Queries.GetTaskPublication;

public sealed record GetTaskPublicationQuery(Guid TaskId) : IQuery<TaskPublicationDto>, IScopedToTask
{
    Guid? IScopedToTask.ScopedTaskId => TaskId;
}
