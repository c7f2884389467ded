using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Tasks.Queries.GetTask;

public sealed class GetTaskHandler(IApplicationDbContext db) : IQueryHandler<GetTaskQuery, TaskDto>
{
    public async ValueTask<TaskDto> Handle(GetTaskQuery q, CancellationToken ct)
    {
        return (await db.GetTaskAsync(q.Id, ct)).ToDto();
    }
}
