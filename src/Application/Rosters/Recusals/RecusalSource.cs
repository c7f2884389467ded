using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Recusals;

public enum RecusalOrigin
{
    /// <summary>Registered in the recusal registry.</summary>
    Registry,

    /// <summary>Derived: the officer took part in the target's most recent inspection ("not twice in a row").</summary>
    PreviousInspection,
}

/// <summary>One pair the draw must keep apart (a DR1 <c>R|officerId|code</c> leaf, once the officer id is resolved).</summary>
public sealed record ActiveRecusal(Guid OfficerId, string TargetCode, RecusalOrigin Origin, RecusalReason? Reason);

/// <summary>What a draw asks before it freezes its recusal pairs.</summary>
public interface IRecusalSource
{
    Task<IReadOnlyList<ActiveRecusal>> GetActiveRecusalsAsync(
        DateOnly date, IReadOnlyCollection<Guid> officerIds, IReadOnlyCollection<string> targetCodes, CancellationToken cancellationToken);
}

public sealed class RecusalSource(IApplicationDbContext db) : IRecusalSource
{
    public async Task<IReadOnlyList<ActiveRecusal>> GetActiveRecusalsAsync(
        DateOnly date, IReadOnlyCollection<Guid> officerIds, IReadOnlyCollection<string> targetCodes, CancellationToken cancellationToken)
    {
        var registry = await db.Recusals.AsNoTracking()
            .Where(r => officerIds.Contains(r.OfficerId) && targetCodes.Contains(r.TargetCode)
                && r.ValidFrom <= date && (r.ValidTo == null || r.ValidTo >= date))
            .Select(r => new ActiveRecusal(r.OfficerId, r.TargetCode, RecusalOrigin.Registry, r.Reason))
            .ToListAsync(cancellationToken);

        // The latest inspection day per target before the draw day; its officers may not go again.
        var history = await db.InspectionHistory.AsNoTracking()
            .Where(h => targetCodes.Contains(h.TargetCode) && h.InspectedOn <= date)
            .Select(h => new { h.TargetCode, h.OfficerId, h.InspectedOn })
            .ToListAsync(cancellationToken);
        var officers = officerIds.ToHashSet();
        var derived = history
            .GroupBy(h => h.TargetCode, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var last = g.Max(h => h.InspectedOn);
                return g.Where(h => h.InspectedOn == last && officers.Contains(h.OfficerId));
            })
            .Select(h => new ActiveRecusal(h.OfficerId, h.TargetCode, RecusalOrigin.PreviousInspection, null));

        return registry.Concat(derived)
            .DistinctBy(r => (r.OfficerId, r.TargetCode, r.Origin))
            .OrderBy(r => r.TargetCode, StringComparer.Ordinal).ThenBy(r => r.OfficerId)
            .ToList();
    }
}
