using DoubleRandom.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Recusals;

public sealed class RecusalSource(IApplicationDbContext db) : IRecusalSource
{
    public async Task<IReadOnlyList<ActiveRecusal>> GetActiveRecusalsAsync(
        DateOnly date, IReadOnlyCollection<Guid> officerIds, IReadOnlyCollection<string>? targetCodes, CancellationToken cancellationToken)
    {
        // A draw asks about up to millions of targets but a few thousand officers: query by officer, filter by target
        // in memory, so the target list never travels to the database as a giant parameter.
        var targets = targetCodes is null ? null : targetCodes as IReadOnlySet<string> ?? targetCodes.ToHashSet(StringComparer.Ordinal);
        var officers = officerIds.ToList();
        var registry = (await db.Recusals.AsNoTracking()
            .Where(r => officers.Contains(r.OfficerId) && r.ValidFrom <= date && (r.ValidTo == null || r.ValidTo >= date))
            .Select(r => new ActiveRecusal(r.OfficerId, r.TargetCode, RecusalOrigin.Registry, r.Reason))
            .ToListAsync(cancellationToken))
            .Where(r => targets is null || targets.Contains(r.TargetCode));

        // The officers' inspections that no later inspection of the same target (up to the draw day) followed: the
        // officers of a target's latest inspection may not go again. Only these officers' rows are read, each tested
        // through the (target_code, inspected_on) index, rather than aggregating the whole history per prepare.
        var derived = (await db.InspectionHistory.AsNoTracking()
            .Where(h => officers.Contains(h.OfficerId) && h.InspectedOn <= date
                && !db.InspectionHistory.Any(l => l.TargetCode == h.TargetCode && l.InspectedOn > h.InspectedOn && l.InspectedOn <= date))
            .Select(h => new { h.OfficerId, h.TargetCode })
            .ToListAsync(cancellationToken))
            .Where(h => targets is null || targets.Contains(h.TargetCode))
            .Select(h => new ActiveRecusal(h.OfficerId, h.TargetCode, RecusalOrigin.PreviousInspection, null));

        var pairs = registry.Concat(derived).DistinctBy(r => (r.OfficerId, r.TargetCode, r.Origin));
        return targets is null
            ? pairs.ToList()
            : pairs.OrderBy(r => r.TargetCode, StringComparer.Ordinal).ThenBy(r => r.OfficerId).ToList();
    }
}
