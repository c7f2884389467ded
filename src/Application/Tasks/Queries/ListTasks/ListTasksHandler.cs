using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Tasks.Queries.ListTasks;

public sealed class ListTasksHandler(IApplicationDbContext db, TaskVisibility visibility)
    : IQueryHandler<ListTasksQuery, PagedResult<TaskDto>>
{
    public async ValueTask<PagedResult<TaskDto>> Handle(ListTasksQuery q, CancellationToken ct)
    {
        var tasks = db.InspectionTasks.AsNoTracking();
        if (await visibility.VisibleTaskIdsAsync(ct) is { } visible)
        {
            var ids = visible.ToList();
            tasks = tasks.Where(t => ids.Contains(t.Id));
        }

        if (q.Year is { } year)
        {
            tasks = tasks.Where(t => t.Year == year);
        }

        if (q.Status is { } status)
        {
            tasks = tasks.Where(t => t.Status == status);
        }

        if (!string.IsNullOrEmpty(q.Q))
        {
            tasks = tasks.Where(t => t.Name.Contains(q.Q));
        }

        var d = q.IsDescending();
        var ordered = q.SortField("createdAtUtc") switch
        {
            "year" => tasks.OrderBy(t => t.Year, d),
            "name" => tasks.OrderBy(t => t.Name, d),
            _ => tasks.OrderBy(t => t.CreatedAtUtc, d),
        };
        var page = await ordered.ThenBy(t => t.Id).ToPagedResultAsync(q, ct);
        return new PagedResult<TaskDto>([.. page.Items.Select(t => t.ToDto())], page.Page, page.PageSize, page.TotalCount);
    }
}
