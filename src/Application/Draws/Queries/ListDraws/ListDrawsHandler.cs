using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries.ListDraws;

public sealed class ListDrawsHandler(IApplicationDbContext db, TaskVisibility visibility)
    : IQueryHandler<ListDrawsQuery, PagedResult<DrawDto>>
{
    public async ValueTask<PagedResult<DrawDto>> Handle(ListDrawsQuery q, CancellationToken ct)
    {
        var draws = q.PublicOnly ? db.Draws.AsNoTracking() : await visibility.VisibleDrawsAsync(ct);

        if (q.Year is { } year)
        {
            draws = draws.Where(d => d.Year == year);
        }

        if (q.TaskId is { } task)
        {
            draws = draws.Where(d => d.TaskId == task);
        }

        if (q.Status is { } status)
        {
            draws = draws.Where(d => d.Status == status);
        }

        var ordered = q.SortField("preparedAtUtc") == "year"
            ? draws.OrderBy(d => d.Year, q.IsDescending())
            : draws.OrderBy(d => d.PreparedAtUtc, q.Sort is null || q.IsDescending());
        var page = await ordered.ThenBy(d => d.Id).ToPagedResultAsync(q, ct);
        var taskIds = page.Items.Select(d => d.TaskId).Distinct().ToList();
        var names = await db.InspectionTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return page.Map(d => d.ToDto(names.GetValueOrDefault(d.TaskId, string.Empty)));
    }
}
