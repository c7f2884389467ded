using Mediator;

namespace DoubleRandom.Application.Publication.Queries.GetTaskPublication;

public sealed class GetTaskPublicationHandler(TaskPublicationReader reader) : IQueryHandler<GetTaskPublicationQuery, TaskPublicationDto>
{
    public async ValueTask<TaskPublicationDto> Handle(GetTaskPublicationQuery query, CancellationToken cancellationToken) =>
        await reader.ReadAsync(query.TaskId, cancellationToken);
}
