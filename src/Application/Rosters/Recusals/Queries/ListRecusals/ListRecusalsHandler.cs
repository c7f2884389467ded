using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Recusals.Queries.ListRecusals;

public sealed class ListRecusalsHandler(IApplicationDbContext db, UnitScope scope) : IQueryHandler<ListRecusalsQuery, PagedResult<RecusalDto>>
{
    internal static readonly SortKeys<Recusal> Sorts = new SortKeys<Recusal>("validFrom")
        .Add("validFrom", r => r.ValidFrom).Add("targetCode", r => r.TargetCode).Add("createdAtUtc", r => r.CreatedAtUtc);

    public async ValueTask<PagedResult<RecusalDto>> Handle(ListRecusalsQuery query, CancellationToken cancellationToken)
    {
        var recusals = db.Recusals.AsNoTracking();
        // Data scoping: a recusal belongs to an officer, and is seen where the officer is.
        if (await scope.VisibleUnitIdsAsync(cancellationToken) is { } visible)
        {
            var units = visible.ToList();
            recusals = recusals.Where(r => db.Officers.Any(o => o.Id == r.OfficerId && units.Contains(o.UnitId)));
        }

        if (query.OfficerId is { } officerId)
        {
            recusals = recusals.Where(r => r.OfficerId == officerId);
        }

        if (!string.IsNullOrEmpty(query.TargetCode))
        {
            recusals = recusals.Where(r => r.TargetCode == query.TargetCode);
        }

        if (query.ActiveOn is { } day)
        {
            recusals = recusals.Where(r => r.ValidFrom <= day && (r.ValidTo == null || r.ValidTo >= day));
        }

        return await Sorts.Apply(recusals, query).ThenBy(r => r.Id).ToPagedResultAsync(query, r => r.ToDto(), cancellationToken);
    }
}
