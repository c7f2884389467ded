using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Draws;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>
/// Officers' fairness facts of the period's draws: the eligible officers are the leaves of each draw's frozen officers
/// snapshot (<c>O|{number}|…</c>), the places the members of its drawn groups, so an eligible officer expects
/// places / eligible of each draw; the targets of an officer are the selections of the groups they sat in.
/// </summary>
internal static class OfficerFactReader
{
    public static async Task<List<OfficerFact>> ReadAsync(IApplicationDbContext db, IReadOnlyList<Guid> drawIds, CancellationToken ct)
    {
        if (drawIds.Count == 0)
        {
            return [];
        }

        var ids = drawIds.ToList();
        var snapshots = await db.DrawSnapshots.AsNoTracking().Where(s => ids.Contains(s.DrawId) && s.Kind == SnapshotKind.Officers)
            .Select(s => new { s.DrawId, s.Data }).ToDictionaryAsync(s => s.DrawId, s => s.Data, ct);
        var members = await db.DrawGroupMembers.AsNoTracking().Where(m => ids.Contains(m.DrawId))
            .Select(m => new { m.DrawId, m.GroupNumber, m.OfficerId, m.OfficerNumber, m.OfficerName, m.UnitId }).ToListAsync(ct);
        var groupTargets = await db.DrawSelections.AsNoTracking().Where(s => ids.Contains(s.DrawId) && s.GroupNumber != null)
            .GroupBy(s => new { s.DrawId, s.GroupNumber }).Select(g => new { g.Key.DrawId, g.Key.GroupNumber, Count = g.LongCount() })
            .ToDictionaryAsync(g => (g.DrawId, g.GroupNumber!.Value), g => g.Count, ct);
        var officers = await db.Officers.AsNoTracking().Select(o => new { o.Id, o.Number, o.Name, o.UnitId }).ToListAsync(ct);
        var byNumber = officers.GroupBy(o => o.Number, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var units = await db.BranchUnits.AsNoTracking().Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        var tally = new SortedDictionary<string, OfficerTally>(StringComparer.Ordinal);
        OfficerTally Of(string number, Guid id, string name, Guid unit)
        {
            if (!tally.TryGetValue(number, out var t))
            {
                tally[number] = t = new OfficerTally(id, name, unit);
            }

            return t;
        }

        foreach (var drawId in ids)
        {
            var drawMembers = members.Where(m => m.DrawId == drawId).ToList();
            var eligible = snapshots.TryGetValue(drawId, out var data)
                ? SnapshotCodec.Decode(data).Select(l => Leaves.TryParseOfficer(l, out var o) ? o!.OfficerId : null).OfType<string>().ToList()
                : [];
            foreach (var number in eligible)
            {
                var known = byNumber.GetValueOrDefault(number);
                var t = Of(number, known?.Id ?? Guid.Empty, known?.Name ?? number, known?.UnitId ?? Guid.Empty);
                t.EligibleDraws++;
                t.Expected += (double)drawMembers.Count / eligible.Count;
            }

            foreach (var m in drawMembers)
            {
                var t = Of(m.OfficerNumber, m.OfficerId, m.OfficerName, m.UnitId);
                t.TimesDrawn++;
                t.Targets += groupTargets.GetValueOrDefault((m.DrawId, m.GroupNumber));
            }
        }

        return [.. tally.Select(t => new OfficerFact(
            t.Value.Id, t.Key, t.Value.Name, units.GetValueOrDefault(t.Value.UnitId, string.Empty), t.Value.EligibleDraws, t.Value.TimesDrawn,
            t.Value.Expected, t.Value.Targets))];
    }
}
