using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Organization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Organization.BranchUnits.Queries.ListBranchUnits;

public sealed class ListBranchUnitsHandler(IApplicationDbContext db, UnitScope scope)
    : IQueryHandler<ListBranchUnitsQuery, PagedResult<BranchUnitDto>>
{
    internal static readonly SortKeys<BranchUnit> Sorts = new SortKeys<BranchUnit>("code")
        .Add("code", u => u.Code).Add("name", u => u.Name).Add("regionCode", u => u.RegionCode)
        .Add("createdAtUtc", u => u.CreatedAtUtc).Add("updatedAtUtc", u => u.UpdatedAtUtc);

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

        return await Sorts.Apply(units, query).ThenBy(u => u.Id).ProjectToDto().ToPagedResultAsync(query, cancellationToken);
    }
}
