using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Domain.Risk;
using DoubleRandom.Domain.Rosters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Scoring.Queries.GetTierDistribution;

/// <summary>One grouped count over the targets a scoring reads (<see cref="RiskFeatureSource.Scored"/>: not retired, still operating), and the move counts of the last two scorings.</summary>
public sealed class GetTierDistributionHandler(IApplicationDbContext db) : IQueryHandler<GetTierDistributionQuery, RiskTierDistributionDto>
{
    public async ValueTask<RiskTierDistributionDto> Handle(GetTierDistributionQuery query, CancellationToken cancellationToken)
    {
        var groups = await db.Targets.AsNoTracking().Where(RiskFeatureSource.Scored)
            .GroupBy(t => new { t.RiskTier, Model = t.RiskModelVersion != null })
            .Select(g => new { g.Key.RiskTier, g.Key.Model, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var rescores = await db.RiskRescores.AsNoTracking().OrderByDescending(r => r.FinishedAtUtc).Take(2).ToListAsync(cancellationToken);
        var last = rescores.ElementAtOrDefault(0);
        var previous = rescores.ElementAtOrDefault(1);
        var total = groups.Sum(g => g.Count);
        RiskTier?[] tiers = [RiskTier.A, RiskTier.B, RiskTier.C, RiskTier.D, null];
        var shares = tiers.Select(tier =>
        {
            var of = groups.Where(g => g.RiskTier == tier).ToList();
            var count = of.Sum(g => g.Count);
            var lastCount = tier is { } t && last is not null ? Into(last, t) : (long?)null;
            var previousCount = tier is { } u && previous is not null ? Into(previous, u) : (long?)null;
            double? drift = lastCount is { } a && previousCount is { } b && last!.TargetsScored > 0 && previous!.TargetsScored > 0
                ? ((double)a / last.TargetsScored) - ((double)b / previous.TargetsScored)
                : null;
            return new RiskTierShareDto(tier, count, total == 0 ? 0 : (double)count / total,
                of.Where(g => g.Model).Sum(g => g.Count), of.Where(g => !g.Model).Sum(g => g.Count), lastCount, previousCount, drift);
        }).ToList();
        return new RiskTierDistributionDto(total, groups.Where(g => g.Model).Sum(g => g.Count), groups.Where(g => !g.Model).Sum(g => g.Count), shares,
            last?.Id, last?.ModelVersion, last?.FinishedAtUtc, last?.TargetsMoved, previous?.Id, previous?.ModelVersion);
    }

    private static long Into(RiskRescore rescore, RiskTier tier) => rescore.Moves.Where(m => m.To == tier).Sum(m => m.Count);
}
