using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Draws;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws;

/// <summary>The effective groups of sealed draws: the sealed rows with approved amendments applied on top.</summary>
public static class DrawResults
{
    /// <summary>Every group of the draws, with their targets, and the targets no group holds.</summary>
    public static Task<List<DrawResultDto>> LoadAsync(IApplicationDbContext db, IReadOnlyCollection<Guid> drawIds, CancellationToken ct) =>
        LoadAsync(db, drawIds, onlyGroups: null, ct);

    /// <summary>
    /// Only the effective groups one of these officers is in, and only their targets are read (an inspector's phone
    /// asks for its own group of a draw of 10,000 targets; it must not cost the whole draw). <c>Unassigned</c> is empty.
    /// </summary>
    public static Task<List<DrawResultDto>> LoadGroupsOfAsync(IApplicationDbContext db, IReadOnlyCollection<Guid> drawIds,
        IReadOnlyCollection<Guid> officerIds, CancellationToken ct) =>
        LoadAsync(db, drawIds, (_, officers) => officers.Any(o => officerIds.Contains(o.OfficerId)), ct);

    /// <summary>
    /// One effective group of a draw, and only its targets are read (a group's summary must not cost the whole draw);
    /// null when the draw has no such group.
    /// </summary>
    public static async Task<DrawGroupDto?> LoadGroupAsync(IApplicationDbContext db, Guid drawId, int groupNumber, CancellationToken ct) =>
        (await LoadAsync(db, [drawId], (number, _) => number == groupNumber, ct))[0].Groups.SingleOrDefault();

    /// <param name="onlyGroups">null: every group and the unassigned targets; else only the groups (by number and
    /// effective officers) it accepts, and no unassigned targets.</param>
    private static async Task<List<DrawResultDto>> LoadAsync(IApplicationDbContext db, IReadOnlyCollection<Guid> drawIds,
        Func<int, List<GroupOfficerDto>, bool>? onlyGroups, CancellationToken ct)
    {
        var members = await db.DrawGroupMembers.AsNoTracking().Where(m => drawIds.Contains(m.DrawId)).ToListAsync(ct);
        var amendments = await db.DrawAmendments.AsNoTracking()
            .Where(a => drawIds.Contains(a.DrawId) && a.Status == AmendmentStatus.Approved).OrderBy(a => a.DecidedAtUtc).ToListAsync(ct);
        var replacementIds = amendments.Select(a => a.ReplacementOfficerId).OfType<Guid>().ToList();
        var replacements = await db.Officers.AsNoTracking().Where(o => replacementIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Number, o.Name }).ToDictionaryAsync(o => o.Id, ct);
        var digests = await db.Draws.AsNoTracking().Where(d => drawIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.ResultDigest, ct);

        // The officers of each group as they stand after the approved replacements, in decision order.
        var officersOf = members.GroupBy(m => (m.DrawId, m.GroupNumber)).ToDictionary(g => g.Key, g =>
        {
            var officers = g.OrderBy(m => m.Position)
                .Select(m => new GroupOfficerDto(m.OfficerId, m.OfficerNumber, m.OfficerName, m.IsLeader, false)).ToList();
            foreach (var a in amendments.Where(a => a.DrawId == g.Key.DrawId && a.GroupNumber == g.Key.GroupNumber && a.Kind == AmendmentKind.ReplaceOfficer))
            {
                var i = officers.FindIndex(o => o.OfficerId == a.OfficerId);
                if (i >= 0 && replacements.TryGetValue(a.ReplacementOfficerId!.Value, out var r))
                {
                    officers[i] = new GroupOfficerDto(r.Id, r.Number, r.Name, officers[i].Leader, true);
                }
            }

            return officers;
        });
        var placedIn = amendments.Where(a => a.Kind == AmendmentKind.PlaceTarget)
            .ToLookup(a => (a.DrawId, a.GroupNumber), a => a.TargetCode!);
        var wanted = onlyGroups is null
            ? null
            : officersOf.Where(g => onlyGroups(g.Key.GroupNumber, g.Value)).Select(g => g.Key).ToHashSet();

        var query = db.DrawSelections.AsNoTracking().Where(s => drawIds.Contains(s.DrawId));
        if (wanted is not null)
        {
            var numbers = wanted.Select(k => (int?)k.GroupNumber).Distinct().ToList();
            var placedCodes = wanted.SelectMany(k => placedIn[k]).Distinct().ToList();
            query = query.Where(s => numbers.Contains(s.GroupNumber) || placedCodes.Contains(s.TargetCode));
        }

        var selections = await query.ToListAsync(ct);
        var sealedIn = selections.Where(s => s.GroupNumber is not null).ToLookup(s => (s.DrawId, s.GroupNumber!.Value));
        var byCode = selections.ToLookup(s => (s.DrawId, s.TargetCode));

        return [.. drawIds.Select(id =>
        {
            var groups = officersOf.Keys.Where(k => k.DrawId == id && (wanted is null || wanted.Contains(k))).OrderBy(k => k.GroupNumber).Select(k =>
            {
                var placed = placedIn[k].SelectMany(code => byCode[(id, code)]).Where(s => s.GroupNumber != k.GroupNumber);
                var targets = sealedIn[k].Concat(placed)
                    .OrderBy(s => s.TargetCode, StringComparer.Ordinal)
                    .Select(s => new GroupTargetDto(s.TargetCode, s.TargetName, s.TargetAddress, s.Stratum, s.Lambda, s.GroupNumber is null))
                    .ToList();
                return new DrawGroupDto(k.GroupNumber, officersOf[k], targets);
            }).ToList();
            var placedAnywhere = placedIn.Where(g => g.Key.DrawId == id).SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
            var unassigned = wanted is not null
                ? []
                : selections.Where(s => s.DrawId == id && s.GroupNumber is null && !placedAnywhere.Contains(s.TargetCode))
                    .Select(s => new GroupTargetDto(s.TargetCode, s.TargetName, s.TargetAddress, s.Stratum, s.Lambda, false)).ToList();
            return new DrawResultDto(id, digests.GetValueOrDefault(id), groups, unassigned);
        })];
    }
}
