using DoubleRandom.Application.Common.Interfaces;
using Mediator;

namespace DoubleRandom.Application.Rosters.Recusals.Queries.GetRecusal;

public sealed class GetRecusalHandler(IApplicationDbContext db) : IQueryHandler<GetRecusalQuery, RecusalDto>
{
    public async ValueTask<RecusalDto> Handle(GetRecusalQuery query, CancellationToken cancellationToken) =>
        (await db.GetRecusalAsync(query.Id, cancellationToken)).ToDto();
}
