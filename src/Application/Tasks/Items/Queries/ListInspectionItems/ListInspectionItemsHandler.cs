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

    public async ValueTask<PagedResult<InspectionItemDto>> Handle(ListInspectionItemsQuery query, CancellationToken cancellationToken)
    {
        var items = db.InspectionItems.AsNoTracking();
        if (!query.IncludeRetired)
        {
            items = items.Where(i => !i.IsRetired);
        }

        if (!string.IsNullOrEmpty(query.Department))
        {
            items = items.Where(i => i.DepartmentCode == query.Department);
        }

        if (!string.IsNullOrEmpty(query.Q))
        {
            items = items.Where(i => i.Name.Contains(query.Q));
        }

        return await Sorts.Apply(items, query).ThenBy(i => i.Id).ToPagedResultAsync(query, i => i.ToDto(), cancellationToken);
    }
}
