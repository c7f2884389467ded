using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Draws.Queries.DrawHistory;
using DoubleRandom.Domain.Draws;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws;

/// <summary>
/// The draw history (§5.3) as the list and its XLSX export both read it: which groups of sealed draws a filter picks,
/// newest first, and their entries.
/// </summary>
/// <remarks>
/// The groups name their targets. Before a draw is revealed those names are what §6.2.3 protects: staff may see them
/// (they have to go and inspect), and each draw shown before its reveal is recorded in the audit trail as a sensitive
/// read, as the draw result and the printed record are.
/// </remarks>
public static class DrawHistoryGroups
{
    /// <summary>The groups the filter picks among those the caller may see, newest draw first, then by draw and group.</summary>
    public static async Task<IQueryable<HistoryGroupKey>> SelectAsync(
        IApplicationDbContext db, UnitScope scope, int? year, Guid? taskId, Guid? unitId, Guid? officerId, string? targetCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var draws = db.Draws.AsNoTracking().Where(d => d.Status == DrawStatus.Sealed);
        if (year is { } y)
        {
            draws = draws.Where(d => d.Year == y);
        }

        if (taskId is { } task)
        {
            draws = draws.Where(d => d.TaskId == task);
        }

        // One row per (draw, group); officer, unit and target filters pick the groups that hold them.
        var groups = db.DrawGroupMembers.AsNoTracking().Where(m => m.Position == 0 && draws.Any(d => d.Id == m.DrawId));
        if (officerId is { } officer)
        {
            groups = groups.Where(g => db.DrawGroupMembers.Any(m => m.DrawId == g.DrawId && m.GroupNumber == g.GroupNumber && m.OfficerId == officer)
                || db.DrawAmendments.Any(a => a.DrawId == g.DrawId && a.GroupNumber == g.GroupNumber && a.Status == AmendmentStatus.Approved
                    && a.ReplacementOfficerId == officer));
        }

        // Data scoping: outside the bureau-wide roles, a user sees the groups with an officer of their units.
        if (await scope.VisibleUnitIdsAsync(ct) is { } visible)
        {
            var units = visible.ToList();
            groups = groups.Where(g => db.DrawGroupMembers.Any(m => m.DrawId == g.DrawId && m.GroupNumber == g.GroupNumber && units.Contains(m.UnitId)));
        }

        if (unitId is { } unit)
        {
            groups = groups.Where(g => db.DrawGroupMembers.Any(m => m.DrawId == g.DrawId && m.GroupNumber == g.GroupNumber && m.UnitId == unit));
        }

        if (!string.IsNullOrEmpty(targetCode))
        {
            groups = groups.Where(g => db.DrawSelections.Any(s => s.DrawId == g.DrawId && s.GroupNumber == g.GroupNumber && s.TargetCode == targetCode)
                || db.DrawAmendments.Any(a => a.DrawId == g.DrawId && a.GroupNumber == g.GroupNumber && a.Status == AmendmentStatus.Approved
                    && a.TargetCode == targetCode));
        }

        return groups.Join(db.Draws, g => g.DrawId, d => d.Id, (g, d) => new { g.DrawId, g.GroupNumber, d.ExecutedAtUtc })
            .OrderByDescending(x => x.ExecutedAtUtc).ThenBy(x => x.DrawId).ThenBy(x => x.GroupNumber)
            .Select(x => new HistoryGroupKey(x.DrawId, x.GroupNumber));
    }

    /// <summary>The entries of these groups, in their order; each draw shown before its reveal leaves a read entry.</summary>
    public static async Task<List<HistoryEntryDto>> EntriesAsync(
        IApplicationDbContext db, IAuditLog audit, IReadOnlyList<HistoryGroupKey> keys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(keys);
        var drawIds = keys.Select(p => p.DrawId).Distinct().ToList();
        var results = (await DrawResults.LoadAsync(db, drawIds, ct)).ToDictionary(r => r.DrawId);
        var drawRows = await db.Draws.AsNoTracking().Where(d => drawIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        foreach (var unrevealed in drawIds.Where(id => !drawRows[id].IsRevealed))
        {
            await audit.RecordReadAsync("Draw", unrevealed.ToString(), "history read before reveal", ct);
        }

        var taskIds = drawRows.Values.Select(d => d.TaskId).Distinct().ToList();
        var names = await db.InspectionTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var attachments = (await db.DrawAttachments.AsNoTracking().Where(a => drawIds.Contains(a.DrawId)).OrderBy(a => a.CreatedAtUtc).ToListAsync(ct))
            .ToLookup(a => a.DrawId);
        return [.. keys.Select(p =>
        {
            var d = drawRows[p.DrawId];
            return new HistoryEntryDto(d.Id, d.TaskId, names.GetValueOrDefault(d.TaskId, string.Empty), d.Year, d.DrawDate, d.ResultDigest,
                results[p.DrawId].Groups.First(g => g.Number == p.GroupNumber),
                [.. attachments[d.Id].Select(a => a.ToDto())]);
        })];
    }
}
