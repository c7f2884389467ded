using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Organization.BranchUnits.Queries.ListBranchUnits;

public sealed class ListBranchUnitsHandler(IApplicationDbContext db, UnitScope scope)
    : IQueryHandler<ListBranchUnitsQuery, PagedResult<BranchUnitDto>>
{
    public async ValueTask<PagedResult<BranchUnitDto>> Handle(ListBranchUnitsQuery query, CancellationToken cancellationToken)
    {
        var units = db.BranchUnits.AsNoTracking();
        if (await scope.VisibleUnitIdsAsync(cancellationToken) is { } visible)
        {
            units = units.Where(u => visible.Contains(u.Id));
        }

        if (!query.IncludeRetired)
        {
            units = units.Where(u => u.RetiredAtUtc == null);
        }

        if (!string.IsNullOrEmpty(query.Q))
        {
            units = units.Where(u => u.Code.Contains(query.Q) || u.Name.Contains(query.Q));
        }

        if (query.ParentId is { } parentId)
        {
            units = units.Where(u => u.ParentId == parentId);
        }

        if (!string.IsNullOrEmpty(query.RegionPrefix))
        {
            units = units.Where(u => u.RegionCode.StartsWith(query.RegionPrefix));
        }

        var descending = query.IsDescending();
        var ordered = query.SortField("code") switch
        {
            "name" => units.OrderBy(u => u.Name, descending),
            "regionCode" => units.OrderBy(u => u.RegionCode, descending),
            "createdAtUtc" => units.OrderBy(u => u.CreatedAtUtc, descending),
            "updatedAtUtc" => units.OrderBy(u => u.UpdatedAtUtc, descending),
            _ => units.OrderBy(u => u.Code, descending),
        };

        return await ordered.ThenBy(u => u.Id).ProjectToDto().ToPagedResultAsync(query, cancellationToken);
    }
}
