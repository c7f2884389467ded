using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;
using DoubleRandom.Application.Risk.Features;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>
/// The risk model active at the period's end: its weighted validation metrics, ROC and PR curves and reliability bins
/// (non-empty ones), feature importance with the schema's Chinese names (largest share first), and the tier
/// distribution at each moment as shares. A registry row from before #17 has no curves nor importance: the section keeps
/// its data and says so in its note.
/// </summary>
public static class ModelSectionBuilder
{
    public const string NoDataReason = "本期末没有启用的风险模型。";

    public const string NoCurvesNote = "该模型版本未记录曲线";

    public static ModelSection Build(ModelFacts? model)
    {
        if (model is null)
        {
            return new ModelSection(ReportText.NoData(NoDataReason), null, null, null, null, null, null, null, [], [], [], [], []);
        }

        var metrics = model.Metrics;
        var validation = metrics.Validation;
        var roc = metrics.Curves?.Roc.Select(p => new CurvePoint(p.X, p.Y)).ToList() ?? [];
        var pr = metrics.Curves?.PrecisionRecall.Select(p => new CurvePoint(p.X, p.Y)).ToList() ?? [];
        var importance = (metrics.Importance ?? [])
            .Select(f => new ImportanceRow(f.Feature, RiskFeatureSchema.Find(f.Feature)?.Chinese ?? f.Feature, f.Share))
            .OrderByDescending(r => r.Share).ThenBy(r => r.Feature, StringComparer.Ordinal)
            .ToList();
        var reliability = validation.Reliability.Where(b => b.WeightSum > 0)
            .Select(b => new ReliabilityRow(b.MeanPredicted, b.ObservedRate, b.WeightSum)).ToList();
        var drift = model.TierDistributions.OrderBy(d => d.AtUtc).ThenBy(d => d.Label, StringComparer.Ordinal).Select(Shares).ToList();
        var note = (metrics.Curves, metrics.Importance) switch
        {
            (null, null) => NoCurvesNote + "与特征重要性。",
            (null, _) => NoCurvesNote + "。",
            (_, null) => "该模型版本未记录特征重要性。",
            _ => null,
        };
        return new ModelSection(
            ReportText.Data(note), model.Version, model.Trainer, model.TrainedAtUtc, validation.Auc, validation.PrAuc, validation.Brier,
            validation.LiftAtBudget, roc, pr, reliability, importance, drift);
    }

    public static TierDriftRow Shares(TierDistributionFact d)
    {
        ArgumentNullException.ThrowIfNull(d);
        double total = d.A + d.B + d.C + d.D + d.None;
        return total > 0
            ? new TierDriftRow(d.Label, d.AtUtc, d.A / total, d.B / total, d.C / total, d.D / total, d.None / total)
            : new TierDriftRow(d.Label, d.AtUtc, 0, 0, 0, 0, 0);
    }
}
