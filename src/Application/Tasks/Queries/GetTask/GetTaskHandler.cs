using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Tasks.Queries.GetTask;

public sealed class GetTaskHandler(IApplicationDbContext db) : IQueryHandler<GetTaskQuery, TaskDto>
{
    public async ValueTask<TaskDto> Handle(GetTaskQuery query, CancellationToken cancellationToken)
    {
        return (await db.GetTaskAsync(query.Id, cancellationToken)).ToDto();
    }
}
