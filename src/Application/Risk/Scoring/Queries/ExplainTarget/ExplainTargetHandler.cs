using System.Text.Json;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Scoring.Queries.ExplainTarget;

/// <summary>
/// The target's score and tier as the last re-score wrote them, with that scoring's cut-offs and the contributions
/// stored with it. A target whose tier a person or an import set (or that has none) gets a plain answer instead.
/// </summary>
public sealed class ExplainTargetHandler(IApplicationDbContext db) : IQueryHandler<ExplainTargetQuery, RiskExplanationDto>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<RiskExplanationDto> Handle(ExplainTargetQuery query, CancellationToken cancellationToken)
    {
        var target = await db.Targets.AsNoTracking().Where(t => t.Code == query.Code)
            .Select(t => new { t.Code, t.Name, t.RiskTier, t.RiskScore, t.RiskModelVersion })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(RecordNames.Target, query.Code);
        if (target is not { RiskScore: { } probability, RiskModelVersion: { } version, RiskTier: { } tier })
        {
            return new RiskExplanationDto(target.Code, target.Name, target.RiskTier, false, null, null, null, null, null, null, null, null, null, null,
                [], RiskScoringTexts.NeverScored);
        }

        var rescore = await db.RiskRescores.AsNoTracking().Where(r => r.ModelVersion == version)
            .OrderByDescending(r => r.FinishedAtUtc).FirstOrDefaultAsync(cancellationToken);
        var stored = await db.TargetRiskExplanations.AsNoTracking()
            .Where(e => e.TargetCode == target.Code && e.ModelVersion == version).Select(e => e.Contributions).FirstOrDefaultAsync(cancellationToken);
        var contributions = stored is null ? [] : JsonSerializer.Deserialize<List<FeatureContribution>>(stored, Json) ?? [];
        return new RiskExplanationDto(target.Code, target.Name, tier, true, probability, version, rescore?.Id, rescore?.CutoffMode,
            rescore?.CutoffFirst, rescore?.CutoffSecond, rescore?.CutoffThird, rescore?.ThresholdFirst, rescore?.ThresholdSecond, rescore?.ThresholdThird,
            [.. contributions.OrderByDescending(c => Math.Abs(c.Contribution)).Select(RiskExplanationText.Describe)],
            RiskExplanationText.Summary(probability, tier.ToString(), version));
    }
}
