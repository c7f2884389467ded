using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Risk.Registry;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Risk;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Queries.CompareRiskModels;

public sealed class CompareRiskModelsHandler(IApplicationDbContext db) : IQueryHandler<CompareRiskModelsQuery, RiskModelComparisonDto>
{
    public async ValueTask<RiskModelComparisonDto> Handle(CompareRiskModelsQuery query, CancellationToken cancellationToken)
    {
        var first = await FindAsync(query.First, cancellationToken);
        var second = await FindAsync(query.Second, cancellationToken);
        var a = RiskModelDto.From(first);
        var b = RiskModelDto.From(second);
        return new RiskModelComparisonDto(
            a.Summary, b.Summary, Deltas(a.Summary.Validation, b.Summary.Validation),
            [.. a.FeatureNames.Except(b.FeatureNames, StringComparer.Ordinal)], [.. b.FeatureNames.Except(a.FeatureNames, StringComparer.Ordinal)],
            string.Equals(first.Trainer, second.Trainer, StringComparison.Ordinal),
            string.Equals(first.FeatureFingerprint, second.FeatureFingerprint, StringComparison.Ordinal),
            first.ValidationFrom == second.ValidationFrom && first.DataTo == second.DataTo);
    }

    private async Task<RiskModel> FindAsync(Guid id, CancellationToken ct) =>
        await db.RiskModels.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException(RecordNames.RiskModel, id);

    private static List<RiskMetricDelta> Deltas(RiskMetrics a, RiskMetrics b) =>
    [
        Delta("auc", a.Auc, b.Auc, true),
        Delta("prAuc", a.PrAuc, b.PrAuc, true),
        Delta("logLoss", a.LogLoss, b.LogLoss, false),
        Delta("brier", a.Brier, b.Brier, false),
        Delta("precisionAtBudget", a.PrecisionAtBudget, b.PrecisionAtBudget, true),
        Delta("liftAtBudget", a.LiftAtBudget, b.LiftAtBudget, true),
        Delta("meanPredicted", a.MeanPredicted, b.MeanPredicted, false),
        Delta("observedRate", a.ObservedRate, b.ObservedRate, false),
    ];

    private static RiskMetricDelta Delta(string metric, double first, double second, bool higherIsBetter) =>
        new(metric, first, second, second - first, higherIsBetter);
}
