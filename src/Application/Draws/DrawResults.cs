using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Draws;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws;

/// <summary>The effective groups of sealed draws: the sealed rows with approved amendments applied on top.</summary>
public static class DrawResults
{
    public static async Task<List<DrawResultDto>> LoadAsync(IApplicationDbContext db, IReadOnlyCollection<Guid> drawIds, CancellationToken ct)
    {
        var members = await db.DrawGroupMembers.AsNoTracking().Where(m => drawIds.Contains(m.DrawId)).ToListAsync(ct);
        var selections = await db.DrawSelections.AsNoTracking().Where(s => drawIds.Contains(s.DrawId)).ToListAsync(ct);
        var amendments = await db.DrawAmendments.AsNoTracking()
            .Where(a => drawIds.Contains(a.DrawId) && a.Status == AmendmentStatus.Approved).OrderBy(a => a.DecidedAtUtc).ToListAsync(ct);
        var replacementIds = amendments.Select(a => a.ReplacementOfficerId).OfType<Guid>().ToList();
        var replacements = await db.Officers.AsNoTracking().Where(o => replacementIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Number, o.Name }).ToDictionaryAsync(o => o.Id, ct);
        var digests = await db.Draws.AsNoTracking().Where(d => drawIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.ResultDigest, ct);

        return [.. drawIds.Select(id =>
        {
            var groups = members.Where(m => m.DrawId == id).GroupBy(m => m.GroupNumber).OrderBy(g => g.Key).Select(g =>
            {
                var officers = g.OrderBy(m => m.Position)
                    .Select(m => new GroupOfficerDto(m.OfficerId, m.OfficerNumber, m.OfficerName, m.IsLeader, false)).ToList();
                foreach (var a in amendments.Where(a => a.DrawId == id && a.GroupNumber == g.Key && a.Kind == AmendmentKind.ReplaceOfficer))
                {
                    var i = officers.FindIndex(o => o.OfficerId == a.OfficerId);
                    if (i >= 0 && replacements.TryGetValue(a.ReplacementOfficerId!.Value, out var r))
                    {
                        officers[i] = new GroupOfficerDto(r.Id, r.Number, r.Name, officers[i].Leader, true);
                    }
                }

                var placed = amendments.Where(a => a.DrawId == id && a.GroupNumber == g.Key && a.Kind == AmendmentKind.PlaceTarget)
                    .Select(a => a.TargetCode).ToHashSet(StringComparer.Ordinal);
                var targets = selections.Where(s => s.DrawId == id && (s.GroupNumber == g.Key || placed.Contains(s.TargetCode)))
                    .OrderBy(s => s.TargetCode, StringComparer.Ordinal)
                    .Select(s => new GroupTargetDto(s.TargetCode, s.TargetName, s.TargetAddress, s.Stratum, s.Lambda, s.GroupNumber is null))
                    .ToList();
                return new DrawGroupDto(g.Key, officers, targets);
            }).ToList();
            var placedAnywhere = amendments.Where(a => a.DrawId == id && a.Kind == AmendmentKind.PlaceTarget)
                .Select(a => a.TargetCode).ToHashSet(StringComparer.Ordinal);
            var unassigned = selections.Where(s => s.DrawId == id && s.GroupNumber is null && !placedAnywhere.Contains(s.TargetCode))
                .Select(s => new GroupTargetDto(s.TargetCode, s.TargetName, s.TargetAddress, s.Stratum, s.Lambda, false)).ToList();
            return new DrawResultDto(id, digests.GetValueOrDefault(id), groups, unassigned);
        })];
    }
}
