using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>
/// Hit rates: inspections with at least one problem over inspections, by tier (the last row "all" is the whole
/// period), and items with a problem over items checked, by item (highest rate first); the lift of risk-weighted
/// drawing = the naive hit rate of the risk-weighted draws' samples ÷ the Hájek estimate of the population rate.
/// </summary>
public static class HitRateSectionBuilder
{
    public const string NoDataReason = "本期范围内没有检查记录，无法计算发现问题率。";

    /// <summary>The key of the row of all inspections.</summary>
    public const string All = "all";

    public static HitRateSection Build(IReadOnlyList<SampleFact> periodSamples, IReadOnlyList<ItemFact> items, ReportLabels labels, double? populationRate)
    {
        ArgumentNullException.ThrowIfNull(periodSamples);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(labels);
        var checkedItems = items.Where(i => i.Checked > 0).ToList();
        if (periodSamples.Count == 0 && checkedItems.Count == 0)
        {
            return new HitRateSection(ReportText.NoData(NoDataReason), [], [], null);
        }

        var byTier = periodSamples
            .GroupBy(s => s.Tier ?? ReportLabels.NoTier)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, labels.Of(ReportLabels.Tier, g.Key), g.LongCount(), g.LongCount(s => s.Problem)))
            .ToList();
        if (periodSamples.Count > 0)
        {
            byTier.Add(Row(All, "全部", periodSamples.Count, periodSamples.LongCount(s => s.Problem)));
        }

        var byItem = checkedItems
            .Select(i => Row(i.Code, i.Name, i.Checked, i.Problems))
            .OrderByDescending(r => r.Rate).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        return new HitRateSection(ReportText.Data(), byTier, byItem, Lift(periodSamples, populationRate));
    }

    /// <summary>The lift, or null without risk-weighted samples or without a positive population rate.</summary>
    public static LiftFigure? Lift(IReadOnlyList<SampleFact> periodSamples, double? populationRate)
    {
        ArgumentNullException.ThrowIfNull(periodSamples);
        var weighted = periodSamples.Where(s => s.Weighting is not null).ToList();
        if (weighted.Count == 0 || populationRate is not > 0)
        {
            return null;
        }

        var rate = (double)weighted.Count(s => s.Problem) / weighted.Count;
        return new LiftFigure(rate, populationRate.Value, rate / populationRate.Value, weighted.Count);
    }

    private static HitRateRow Row(string key, string label, long inspections, long problems) =>
        new(key, label, inspections, problems, ReportText.Share(problems, inspections));
}
