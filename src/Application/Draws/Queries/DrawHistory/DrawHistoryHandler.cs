using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Draws;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries.DrawHistory;

/// <remarks>
/// The groups name their targets. Before a draw is revealed those names are what §6.2.3 protects: staff may see them
/// (they have to go and inspect), and each draw shown before its reveal is recorded in the audit trail as a sensitive
/// read, as the draw result and the printed record are.
/// </remarks>
public sealed class DrawHistoryHandler(IApplicationDbContext db, UnitScope scope, IAuditLog audit) : IQueryHandler<DrawHistoryQuery, PagedResult<HistoryEntryDto>>
{
    public async ValueTask<PagedResult<HistoryEntryDto>> Handle(DrawHistoryQuery query, CancellationToken cancellationToken)
    {
        var draws = db.Draws.AsNoTracking().Where(d => d.Status == DrawStatus.Sealed);
        if (query.Year is { } year)
        {
            draws = draws.Where(d => d.Year == year);
        }

        if (query.TaskId is { } task)
        {
            draws = draws.Where(d => d.TaskId == task);
        }

        // One row per (draw, group); officer, unit and target filters pick the groups that hold them.
        var groups = db.DrawGroupMembers.AsNoTracking().Where(m => m.Position == 0 && draws.Any(d => d.Id == m.DrawId));
        if (query.OfficerId is { } officer)
        {
            groups = groups.Where(g => db.DrawGroupMembers.Any(m => m.DrawId == g.DrawId && m.GroupNumber == g.GroupNumber && m.OfficerId == officer)
                || db.DrawAmendments.Any(a => a.DrawId == g.DrawId && a.GroupNumber == g.GroupNumber && a.Status == AmendmentStatus.Approved
                    && a.ReplacementOfficerId == officer));
        }

        // Data scoping: outside the bureau-wide roles, a user sees the groups with an officer of their units.
        if (await scope.VisibleUnitIdsAsync(cancellationToken) is { } visible)
        {
            var units = visible.ToList();
            groups = groups.Where(g => db.DrawGroupMembers.Any(m => m.DrawId == g.DrawId && m.GroupNumber == g.GroupNumber && units.Contains(m.UnitId)));
        }

        if (query.UnitId is { } unit)
        {
            groups = groups.Where(g => db.DrawGroupMembers.Any(m => m.DrawId == g.DrawId && m.GroupNumber == g.GroupNumber && m.UnitId == unit));
        }

        if (!string.IsNullOrEmpty(query.TargetCode))
        {
            groups = groups.Where(g => db.DrawSelections.Any(s => s.DrawId == g.DrawId && s.GroupNumber == g.GroupNumber && s.TargetCode == query.TargetCode)
                || db.DrawAmendments.Any(a => a.DrawId == g.DrawId && a.GroupNumber == g.GroupNumber && a.Status == AmendmentStatus.Approved
                    && a.TargetCode == query.TargetCode));
        }

        var keys = groups.Join(db.Draws, g => g.DrawId, d => d.Id, (g, d) => new { g.DrawId, g.GroupNumber, d.DrawDate, d.ExecutedAtUtc })
            .OrderByDescending(x => x.ExecutedAtUtc).ThenBy(x => x.DrawId).ThenBy(x => x.GroupNumber);
        var total = await keys.CountAsync(cancellationToken);
        var page = await keys.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        var drawIds = page.Select(p => p.DrawId).Distinct().ToList();
        var results = (await DrawResults.LoadAsync(db, drawIds, cancellationToken)).ToDictionary(r => r.DrawId);
        var drawRows = await db.Draws.AsNoTracking().Where(d => drawIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        foreach (var unrevealed in drawIds.Where(id => !drawRows[id].IsRevealed))
        {
            await audit.RecordReadAsync("Draw", unrevealed.ToString(), "history read before reveal", cancellationToken);
        }

        var taskIds = drawRows.Values.Select(d => d.TaskId).Distinct().ToList();
        var names = await db.InspectionTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var attachments = (await db.DrawAttachments.AsNoTracking().Where(a => drawIds.Contains(a.DrawId)).OrderBy(a => a.CreatedAtUtc).ToListAsync(cancellationToken))
            .ToLookup(a => a.DrawId);
        var items = page.Select(p =>
        {
            var d = drawRows[p.DrawId];
            return new HistoryEntryDto(d.Id, d.TaskId, names.GetValueOrDefault(d.TaskId, string.Empty), d.Year, d.DrawDate, d.ResultDigest,
                results[p.DrawId].Groups.First(g => g.Number == p.GroupNumber),
                [.. attachments[d.Id].Select(a => a.ToDto())]);
        }).ToList();
        return new PagedResult<HistoryEntryDto>(items, query.Page, query.PageSize, total);
    }
}
