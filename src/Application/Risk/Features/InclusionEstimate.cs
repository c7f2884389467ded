using DoubleRandom.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Features;

/// <summary>
/// λ for a history row that does not know it (imported without 入样概率). The estimate, in order: the mean known λ of
/// the history rows of the same year and stratum (the same draw design, most likely); else the year's inspected share
/// of the roster (distinct targets with history that year ÷ targets in the roster: what a uniform draw of that size
/// would have given); else 1 (weight 1, as unweighted). Rows weighted with an estimate are flagged
/// (<see cref="Training.RiskExample.WeightEstimated"/>) and counted.
/// </summary>
public sealed class InclusionEstimate
{
    private readonly Dictionary<(int Year, string Stratum), double> _means;
    private readonly Dictionary<int, double> _shares;

    private InclusionEstimate(Dictionary<(int, string), double> means, Dictionary<int, double> shares)
    {
        _means = means;
        _shares = shares;
    }

    /// <summary>Builds the estimate from what the known rows tell (two aggregate queries).</summary>
    public static async Task<InclusionEstimate> LoadAsync(IApplicationDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var means = (await db.InspectionOutcomes.AsNoTracking().Where(o => o.InclusionProbability != null)
                .GroupBy(o => new { o.Year, o.Stratum })
                .Select(g => new { g.Key.Year, g.Key.Stratum, Mean = g.Average(o => o.InclusionProbability!.Value) })
                .ToListAsync(ct))
            .ToDictionary(m => (m.Year, m.Stratum ?? string.Empty), m => m.Mean);
        var roster = await db.Targets.AsNoTracking().LongCountAsync(ct);
        var shares = roster == 0
            ? []
            : (await db.InspectionOutcomes.AsNoTracking().GroupBy(o => o.Year)
                    .Select(g => new { Year = g.Key, Targets = g.Select(o => o.TargetCode).Distinct().Count() })
                    .ToListAsync(ct))
                .ToDictionary(s => s.Year, s => Math.Min(1, (double)s.Targets / roster));
        return new InclusionEstimate(means, shares);
    }

    /// <summary>The row's λ and whether it was estimated: a known λ in (0, 1] as it is, otherwise the estimate.</summary>
    public (double Lambda, bool Estimated) Of(double? known, int year, string? stratum)
    {
        if (known is > 0 and <= 1)
        {
            return (known.Value, false);
        }

        if (_means.TryGetValue((year, stratum ?? string.Empty), out var mean) && mean is > 0 and <= 1)
        {
            return (mean, true);
        }

        return (_shares.TryGetValue(year, out var share) && share > 0 ? share : 1, true);
    }
}
