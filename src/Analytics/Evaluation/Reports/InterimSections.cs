using DoubleRandom.Analytics.Evaluation.Estimation;
using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>The estimate and fairness sections until i17-est's section builders land (replaced by them at the merge).</summary>
public static class InterimSections
{
    public static EstimateSection Estimates(EvaluationFacts facts, IReadOnlyList<SampleFact> periodSamples, ReportLabels labels)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var units = SampleUnits.Of(periodSamples);
        const string method = "Horvitz–Thompson 与 Hájek 估计，方差按 Hájek–Rosén 近似（πps 不放回抽样，各层独立），95% 置信区间 = 估计 ± 1.96 × 标准误。";
        if (units.Count == 0)
        {
            return new EstimateSection(ReportText.NoData("本期范围内没有入样概率已知的检查记录，无法估计市场问题率。"), null, [], [], method, facts.ExcludedWithoutLambda);
        }

        var designs = units.Select(u => u.Stratum).ToHashSet(StringComparer.Ordinal);
        var strata = facts.Strata.Where(s => designs.Contains(s.Design)).ToList();
        long? known = strata.Count == designs.Count && strata.All(s => s.Population is not null) ? strata.Sum(s => s.Population!.Value) : null;
        var overall = Row("all", "全部", DesignEstimator.EstimateRate(units, known), known);
        var byTier = periodSamples.Where(s => s.Lambda is > 0 and <= 1).Select(s => s.Tier ?? ReportLabels.NoTier).Distinct().Order(StringComparer.Ordinal)
            .Select(t => Row(t, labels.Of(ReportLabels.Tier, t), DesignEstimator.EstimateRate(SampleUnits.Of(periodSamples, s => (s.Tier ?? ReportLabels.NoTier) == t), null), null))
            .ToList();
        var byRegion = periodSamples.Where(s => s.Lambda is > 0 and <= 1).Select(s => s.Region).Distinct().Order(StringComparer.Ordinal)
            .Select(r => Row(r, labels.Of(ReportLabels.Region, r), DesignEstimator.EstimateRate(SampleUnits.Of(periodSamples, s => s.Region == r), null), null))
            .ToList();
        return new EstimateSection(ReportText.Data(), overall, byTier, byRegion, method, facts.ExcludedWithoutLambda);
    }

    public static FairnessSection Fairness(EvaluationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Officers.Count == 0 && facts.LambdaBins.Count == 0)
        {
            return new FairnessSection(ReportText.NoData("本期没有封存的抽取，无法评价执法人员分配与入样概率。"), [], null, null, null, null, null, null, []);
        }

        var officers = facts.Officers.OrderBy(o => o.Number, StringComparer.Ordinal).ThenBy(o => o.OfficerId)
            .Select(o => new OfficerRow(o.OfficerId, o.Number, o.Name, o.UnitName, o.TimesDrawn, o.Expected, o.Expected > 0 ? o.TimesDrawn / o.Expected : null, o.Targets))
            .ToList();
        long? max = officers.Count > 0 ? officers.Max(o => o.Targets) : null;
        long? min = officers.Count > 0 ? officers.Min(o => o.Targets) : null;
        var raw = facts.LambdaBins.OrderBy(b => b.From).ToList();
        var bins = ChiSquare.MergeSmallCells([.. raw.Select(b => b.Expected)])
            .Select(r => raw.Take(r).ToList())
            .Select(g => new FitBinRow(g[0].From, g[^1].To, g.Sum(b => b.Units), g.Sum(b => b.Expected), g.Sum(b => b.Observed)))
            .ToList();
        var fit = Fit([.. bins.Select(b => (double)b.Observed)], [.. bins.Select(b => b.Expected)], "抽中对象与入样概率不符", "抽中对象与入样概率相符");
        var officerCells = ChiSquare.MergeSmallCells([.. officers.Select(o => o.Expected)])
            .Select(r => officers.Take(r).ToList()).ToList();
        var officerFit = Fit(
            [.. officerCells.Select(g => (double)g.Sum(o => o.TimesDrawn))], [.. officerCells.Select(g => g.Sum(o => o.Expected))],
            "执法人员被抽中次数与期望不符", "执法人员被抽中次数与期望相符");

        return new FairnessSection(
            ReportText.Data(), officers, officers.Count > 0 ? Inequality.Gini([.. officers.Select(o => (double)o.Targets)]) : null,
            max, min, min > 0 ? (double)max!.Value / min.Value : null, officerFit, fit, bins);
    }

    private static ChiSquareResult? Fit(IReadOnlyList<double> observed, IReadOnlyList<double> expected, string rejected, string accepted)
    {
        if (observed.Count < 2 || expected.Any(e => !(e > 0)))
        {
            return null;
        }

        var (statistic, df, p) = ChiSquare.GoodnessOfFit(observed, expected);
        return new ChiSquareResult(statistic, df, p, p < 0.05 ? rejected : accepted);
    }

    private static EstimateRow Row(string key, string label, RateEstimate e, long? known) =>
        new(key, label, e.SampleSize, (long)Math.Round(e.Sum), e.Naive, e.HorvitzThompson, e.Hajek, e.EstimatedPopulation, known,
            e.VarianceIncomplete ? "部分层内入样概率小于 1 的样本不足 2 个，其方差未能估计（按 0 计）。" : null);
}
