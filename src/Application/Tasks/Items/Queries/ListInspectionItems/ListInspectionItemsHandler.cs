using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Tasks;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Tasks.Items.Queries.ListInspectionItems;

public sealed class ListInspectionItemsHandler(IApplicationDbContext db)
    : IQueryHandler<ListInspectionItemsQuery, PagedResult<InspectionItemDto>>
{
    internal static readonly SortKeys<InspectionItem> Sorts = new SortKeys<InspectionItem>("name")
        .Add("name", i => i.Name).Add("departmentCode", i => i.DepartmentCode).Add("createdAtUtc", i => i.CreatedAtUtc);

    public async ValueTask<PagedResult<InspectionItemDto>> Handle(ListInspectionItemsQuery q, CancellationToken ct)
    {
        var items = db.InspectionItems.AsNoTracking();
        if (!q.IncludeRetired)
        {
            items = items.Where(i => !i.IsRetired);
        }

        if (!string.IsNullOrEmpty(q.Department))
        {
            items = items.Where(i => i.DepartmentCode == q.Department);
        }

        if (!string.IsNullOrEmpty(q.Q))
        {
            items = items.Where(i => i.Name.Contains(q.Q));
        }

        return await Sorts.Apply(items, q).ThenBy(i => i.Id).ToPagedResultAsync(q, i => i.ToDto(), ct);
    }
}
