using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Rosters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Targets.Queries.SearchTargets;

public sealed class SearchTargetsHandler(IApplicationDbContext db) : IQueryHandler<SearchTargetsQuery, PagedResult<TargetDto>>
{
    internal static readonly SortKeys<Target> Sorts = new SortKeys<Target>("code")
        .Add("code", t => t.Code).Add("name", t => t.Name).Add("regionCode", t => t.RegionCode).Add("riskTier", t => t.RiskTier)
        .Add("status", t => t.Status).Add("registrationDate", t => t.RegistrationDate).Add("registeredCapital", t => t.RegisteredCapital)
        .Add("createdAtUtc", t => t.CreatedAtUtc).Add("updatedAtUtc", t => t.UpdatedAtUtc);

    public async ValueTask<PagedResult<TargetDto>> Handle(SearchTargetsQuery query, CancellationToken cancellationToken)
    {
        var targets = db.Targets.AsNoTracking().Apply(query.Filter, db.InspectionOutcomes);

        // Codes are unique, so the code is the tie-breaker (and served by its index).
        return await Sorts.Apply(targets, query).ThenBy(t => t.Code).ToPagedResultAsync(query, t => t.ToDto(), cancellationToken);
    }
}
