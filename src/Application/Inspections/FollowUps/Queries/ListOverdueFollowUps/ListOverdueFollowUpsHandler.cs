using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.FollowUps.Queries.ListOverdueFollowUps;

public sealed class ListOverdueFollowUpsHandler(FollowUpAccess access) : IQueryHandler<ListOverdueFollowUpsQuery, OverdueFollowUpsDto>
{
    public async ValueTask<OverdueFollowUpsDto> Handle(ListOverdueFollowUpsQuery query, CancellationToken cancellationToken)
    {
        var today = access.Today;
        var overdue = await (await access.VisibleAsync(cancellationToken)).Where(FollowUpOverdue.On(today))
            .OrderBy(f => f.Deadline).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        var items = await access.ToDtosAsync(overdue, cancellationToken);
        var units = items.GroupBy(f => (f.SupervisingUnitId, f.SupervisingUnitName))
            .Select(g => new OverdueUnitDto(g.Key.SupervisingUnitId, g.Key.SupervisingUnitName, g.Count(), [.. g]))
            .OrderByDescending(u => u.Count).ThenBy(u => u.UnitName, StringComparer.Ordinal).ToList();
        return new OverdueFollowUpsDto(today, items.Count, units);
    }
}
