using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Common.Time;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Officers.Queries.SearchOfficers;

public sealed class SearchOfficersHandler(IApplicationDbContext db, UnitScope scope, TimeProvider clock) : IQueryHandler<SearchOfficersQuery, PagedResult<OfficerDto>>
{
    public async ValueTask<PagedResult<OfficerDto>> Handle(SearchOfficersQuery query, CancellationToken cancellationToken)
    {
        var officers = db.Officers.AsNoTracking().Apply(query.Filter);
        if (await scope.VisibleUnitIdsAsync(cancellationToken) is { } visible)
        {
            officers = officers.Where(o => visible.Contains(o.UnitId));
        }
        var descending = query.IsDescending();
        var ordered = query.SortField("number") switch
        {
            "name" => officers.OrderBy(o => o.Name, descending),
            "status" => officers.OrderBy(o => o.Status, descending),
            "createdAtUtc" => officers.OrderBy(o => o.CreatedAtUtc, descending),
            "updatedAtUtc" => officers.OrderBy(o => o.UpdatedAtUtc, descending),
            _ => officers.OrderBy(o => o.Number, descending),
        };

        var page = await ordered.ThenBy(o => o.Number).ToPagedResultAsync(query, cancellationToken);
        var today = clock.Today();
        return new PagedResult<OfficerDto>(page.Items.Select(o => o.ToDto(today)).ToList(), page.Page, page.PageSize, page.TotalCount);
    }
}
