using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Registry;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>
/// The risk model active at the period's end (the registry row activated last before the end) with its metrics, and the
/// roster's tier distribution after each re-score that finished in the period (its moves' new tiers: the scored targets)
/// and now (every live target, grouped in the database; its moment is the roster's last change, so the digest holds on
/// unchanged data).
/// </summary>
internal static class ModelFactReader
{
    public static async Task<ModelFacts?> ReadAsync(IApplicationDbContext db, EvaluationRequest request, CancellationToken ct)
    {
        var start = HistoryReader.StartUtc(request.From);
        var end = HistoryReader.StartUtc(request.To.AddDays(1));
        var model = await db.RiskModels.AsNoTracking().Where(m => m.ActivatedAtUtc != null && m.ActivatedAtUtc < end)
            .OrderByDescending(m => m.ActivatedAtUtc).ThenByDescending(m => m.Version)
            .Select(m => new { m.Version, m.Trainer, m.TrainedAtUtc, m.Metrics }).FirstOrDefaultAsync(ct);
        if (model is null)
        {
            return null;
        }

        var rescores = await db.RiskRescores.AsNoTracking().Where(r => r.FinishedAtUtc >= start && r.FinishedAtUtc < end)
            .OrderBy(r => r.FinishedAtUtc).ThenBy(r => r.ModelVersion).ToListAsync(ct);
        var distributions = rescores.Select(r => new TierDistributionFact(
            $"v{r.ModelVersion} 重新评分", r.FinishedAtUtc,
            Moved(r.Moves, RiskTier.A), Moved(r.Moves, RiskTier.B), Moved(r.Moves, RiskTier.C), Moved(r.Moves, RiskTier.D), 0)).ToList();
        var now = await db.Targets.AsNoTracking().Where(RiskFeatureSource.Scored).GroupBy(t => t.RiskTier)
            .Select(g => new { Tier = g.Key, Count = g.LongCount(), Last = g.Max(t => t.UpdatedAtUtc) }).ToListAsync(ct);
        long Count(RiskTier? tier) => now.Where(n => n.Tier == tier).Sum(n => n.Count);
        if (now.Count > 0)
        {
            distributions.Add(new TierDistributionFact(
                "当前", DateTime.SpecifyKind(now.Max(n => n.Last), DateTimeKind.Utc),
                Count(RiskTier.A), Count(RiskTier.B), Count(RiskTier.C), Count(RiskTier.D), Count(null)));
        }

        return new ModelFacts(model.Version, model.Trainer, DateTime.SpecifyKind(model.TrainedAtUtc, DateTimeKind.Utc),
            RiskJson.Read<RiskModelMetrics>(model.Metrics), distributions);
    }

    private static long Moved(IReadOnlyList<Domain.Risk.RiskTierMove> moves, RiskTier tier) => moves.Where(m => m.To == tier).Sum(m => m.Count);
}
