using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Scoring.Queries.ListRescores;

public sealed class ListRescoresHandler(IApplicationDbContext db) : IQueryHandler<ListRescoresQuery, PagedResult<RiskRescoreDto>>
{
    public async ValueTask<PagedResult<RiskRescoreDto>> Handle(ListRescoresQuery query, CancellationToken cancellationToken) =>
        await db.RiskRescores.AsNoTracking().OrderByDescending(r => r.FinishedAtUtc).ThenBy(r => r.Id)
            .ToPagedResultAsync(query, RiskRescoreDto.From, cancellationToken);
}
