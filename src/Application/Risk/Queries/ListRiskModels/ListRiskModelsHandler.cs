using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Risk.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Queries.ListRiskModels;

public sealed class ListRiskModelsHandler(IApplicationDbContext db) : IQueryHandler<ListRiskModelsQuery, PagedResult<RiskModelSummaryDto>>
{
    public async ValueTask<PagedResult<RiskModelSummaryDto>> Handle(ListRiskModelsQuery query, CancellationToken cancellationToken) =>
        (await db.RiskModels.AsNoTracking().OrderByDescending(m => m.Version).ToPagedResultAsync(query, cancellationToken)).Map(RiskModelSummaryDto.From);
}
