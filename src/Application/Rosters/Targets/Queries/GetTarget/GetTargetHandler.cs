using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Rosters.Targets.Queries.GetTarget;

public sealed class GetTargetHandler(IApplicationDbContext db) : IQueryHandler<GetTargetQuery, TargetDto>
{
    public async ValueTask<TargetDto> Handle(GetTargetQuery query, CancellationToken cancellationToken) =>
        (await db.GetTargetAsync(query.Id, cancellationToken)).ToDto();
}
