using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Targets.Queries.SearchTargets;

public sealed class SearchTargetsHandler(IApplicationDbContext db) : IQueryHandler<SearchTargetsQuery, PagedResult<TargetDto>>
{
    public async ValueTask<PagedResult<TargetDto>> Handle(SearchTargetsQuery query, CancellationToken cancellationToken)
    {
        var targets = db.Targets.AsNoTracking().Apply(query.Filter);
        var descending = query.IsDescending();
        var ordered = query.SortField("code") switch
        {
            "name" => targets.OrderBy(t => t.Name, descending),
            "regionCode" => targets.OrderBy(t => t.RegionCode, descending),
            "riskTier" => targets.OrderBy(t => t.RiskTier, descending),
            "status" => targets.OrderBy(t => t.Status, descending),
            "registrationDate" => targets.OrderBy(t => t.RegistrationDate, descending),
            "registeredCapital" => targets.OrderBy(t => t.RegisteredCapital, descending),
            "createdAtUtc" => targets.OrderBy(t => t.CreatedAtUtc, descending),
            "updatedAtUtc" => targets.OrderBy(t => t.UpdatedAtUtc, descending),
            _ => targets.OrderBy(t => t.Code, descending),
        };

        // Codes are unique, so the code is the tie-breaker (and served by its index).
        var page = await ordered.ThenBy(t => t.Code).ToPagedResultAsync(query, cancellationToken);
        return new PagedResult<TargetDto>(page.Items.Select(t => t.ToDto()).ToList(), page.Page, page.PageSize, page.TotalCount);
    }
}
