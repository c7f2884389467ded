using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Officers.Queries.SearchOfficers;

public sealed class SearchOfficersHandler(IApplicationDbContext db, UnitScope scope, TimeProvider clock) : IQueryHandler<SearchOfficersQuery, PagedResult<OfficerDto>>
{
    internal static readonly SortKeys<Officer> Sorts = new SortKeys<Officer>("number")
        .Add("number", o => o.Number).Add("name", o => o.Name).Add("status", o => o.Status)
        .Add("createdAtUtc", o => o.CreatedAtUtc).Add("updatedAtUtc", o => o.UpdatedAtUtc);

    public async ValueTask<PagedResult<OfficerDto>> Handle(SearchOfficersQuery query, CancellationToken cancellationToken)
    {
        var officers = db.Officers.AsNoTracking().Apply(query.Filter);
        if (await scope.VisibleUnitIdsAsync(cancellationToken) is { } visible)
        {
            officers = officers.Where(o => visible.Contains(o.UnitId));
        }

        var today = clock.Today();
        return await Sorts.Apply(officers, query).ThenBy(o => o.Number).ToPagedResultAsync(query, o => o.ToDto(today), cancellationToken);
    }
}
