using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.FollowUps.Queries.ListOverdueFollowUps;

/// <remarks>
/// Bounded: each unit's count is the full number (counted in SQL), but at most <see cref="ItemsPerUnit"/> of its follow-ups
/// are listed, earliest deadline first; the rest are reached through <c>GET /follow-ups?unitId=…&amp;overdue=true</c> (paged).
/// </remarks>
public sealed class ListOverdueFollowUpsHandler(FollowUpAccess access) : IQueryHandler<ListOverdueFollowUpsQuery, OverdueFollowUpsDto>
{
    /// <summary>How many overdue follow-ups each unit lists at most.</summary>
    public const int ItemsPerUnit = 100;

    public async ValueTask<OverdueFollowUpsDto> Handle(ListOverdueFollowUpsQuery query, CancellationToken cancellationToken)
    {
        var today = access.Today;
        var overdue = (await access.VisibleAsync(cancellationToken)).Where(FollowUpOverdue.On(today));
        var counts = await overdue.GroupBy(f => f.SupervisingUnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var names = await access.UnitNamesAsync(counts.Select(c => c.UnitId), cancellationToken);
        var units = new List<OverdueUnitDto>(counts.Count);
        foreach (var unit in counts.OrderByDescending(c => c.Count).ThenBy(c => names.GetValueOrDefault(c.UnitId, string.Empty), StringComparer.Ordinal))
        {
            var first = await overdue.Where(f => f.SupervisingUnitId == unit.UnitId)
                .OrderBy(f => f.Deadline).ThenBy(f => f.Id).Take(ItemsPerUnit).ToListAsync(cancellationToken);
            units.Add(new OverdueUnitDto(unit.UnitId, names.GetValueOrDefault(unit.UnitId, string.Empty), unit.Count, await access.ToDtosAsync(first, cancellationToken)));
        }

        return new OverdueFollowUpsDto(today, counts.Sum(c => c.Count), units);
    }
}
