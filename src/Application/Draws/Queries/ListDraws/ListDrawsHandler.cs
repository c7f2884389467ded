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
    public async ValueTask<PagedResult<DrawDto>> Handle(ListDrawsQuery query, CancellationToken cancellationToken)
    {
        var draws = query.PublicOnly ? db.Draws.AsNoTracking() : await visibility.VisibleDrawsAsync(cancellationToken);

        if (query.Year is { } year)
        {
            draws = draws.Where(d => d.Year == year);
        }

        if (query.TaskId is { } task)
        {
            draws = draws.Where(d => d.TaskId == task);
        }

        if (query.Status is { } status)
        {
            draws = draws.Where(d => d.Status == status);
        }

        var ordered = query.SortField("preparedAtUtc") == "year"
            ? draws.OrderBy(d => d.Year, query.IsDescending())
            : draws.OrderBy(d => d.PreparedAtUtc, query.Sort is null || query.IsDescending());
        var page = await ordered.ThenBy(d => d.Id).ToPagedResultAsync(query, cancellationToken);
        var taskIds = page.Items.Select(d => d.TaskId).Distinct().ToList();
        var names = await db.InspectionTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return page.Map(d => d.ToDto(names.GetValueOrDefault(d.TaskId, string.Empty)));
    }
}
