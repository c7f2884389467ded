using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Tasks.Items.Queries.ListInspectionItems;

public sealed class ListInspectionItemsHandler(IApplicationDbContext db)
    : IQueryHandler<ListInspectionItemsQuery, PagedResult<InspectionItemDto>>
{
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

        var d = q.IsDescending();
        var ordered = q.SortField("name") switch
        {
            "departmentCode" => items.OrderBy(i => i.DepartmentCode, d),
            "createdAtUtc" => items.OrderBy(i => i.CreatedAtUtc, d),
            _ => items.OrderBy(i => i.Name, d),
        };
        var page = await ordered.ThenBy(i => i.Id).ToPagedResultAsync(q, ct);
        return new PagedResult<InspectionItemDto>([.. page.Items.Select(i => i.ToDto())], page.Page, page.PageSize, page.TotalCount);
    }
}
