using DoubleRandom.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Features;

/// <summary>
/// λ for a history row that does not know it (imported without 入样概率). The estimate, in order: the harmonic mean of
/// the known λ of the history rows of the same year and stratum, 1 / mean(1/λ) (the same draw design, most likely; the
/// weight 1/λ̂ is then the mean known weight, so the stratum's Horvitz–Thompson total is not under-estimated as the
/// arithmetic mean of λ would); else the year's inspected share of the roster live that year (distinct targets with
/// history that year ÷ targets registered by the end of that year and not retired before it: what a uniform draw of
/// that size would have given); else 1 (weight 1, as unweighted). Rows weighted with an estimate are flagged
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

    /// <summary>Builds the estimate from what the known rows tell (two aggregate queries, and one count per year of history).</summary>
    public static async Task<InclusionEstimate> LoadAsync(IApplicationDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var means = (await db.InspectionOutcomes.AsNoTracking()
                .Where(o => o.InclusionProbability != null && o.InclusionProbability > 0 && o.InclusionProbability <= 1)
                .GroupBy(o => new { o.Year, o.Stratum })
                .Select(g => new { g.Key.Year, g.Key.Stratum, MeanWeight = g.Average(o => 1 / o.InclusionProbability!.Value) })
                .ToListAsync(ct))
            .ToDictionary(m => (m.Year, m.Stratum ?? string.Empty), m => 1 / m.MeanWeight);
        var inspected = await db.InspectionOutcomes.AsNoTracking().GroupBy(o => o.Year)
            .Select(g => new { Year = g.Key, Targets = g.Select(o => o.TargetCode).Distinct().Count() })
            .ToListAsync(ct);
        var shares = new Dictionary<int, double>();
        foreach (var year in inspected.Where(y => y.Year is >= 1 and <= 9999))
        {
            var live = await LiveAsync(db, year.Year, ct);
            if (live > 0)
            {
                shares[year.Year] = Math.Min(1, (double)year.Targets / live);
            }
        }

        return new InclusionEstimate(means, shares);
    }

    /// <summary>Targets live in <paramref name="year"/>: registered by its end (or registration unknown) and not retired before it began.</summary>
    private static Task<long> LiveAsync(IApplicationDbContext db, int year, CancellationToken ct)
    {
        var end = new DateOnly(year, 12, 31);
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return db.Targets.AsNoTracking()
            .LongCountAsync(t => (t.RegistrationDate == null || t.RegistrationDate <= end) && (t.RetiredAtUtc == null || t.RetiredAtUtc >= start), ct);
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
