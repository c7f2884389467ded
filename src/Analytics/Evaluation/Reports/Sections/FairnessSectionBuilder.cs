using DoubleRandom.Analytics.Evaluation.Estimation;
using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports.Sections;

/// <summary>
/// The fairness section (docs/evaluation-report.md §5): officers' workload (targets of their groups: Gini, max, min,
/// max/min over every officer eligible in the period's draws), how often each was drawn against expectation with
/// Pearson's χ² test, and whether the drawn targets match their inclusion probabilities (λ bins, χ² test). Cells with
/// fewer than 5 expected are merged with their neighbours first: officers in order of expectation, bins in order of λ.
/// </summary>
public static class FairnessSectionBuilder
{
    /// <summary>Below this p-value a fit is reported as a warning.</summary>
    public const double Significance = 0.05;

    /// <summary>The smallest expected count of a χ² cell.</summary>
    public const double MinimumExpected = 5;

    public static FairnessSection Build(EvaluationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Officers.Count == 0 && facts.LambdaBins.Count == 0)
        {
            return new FairnessSection(
                new SectionStatus(false, "本期没有封存的抽取，无法评价执法人员工作量、被抽中次数与入样概率。"),
                [], null, null, null, null, null, null, []);
        }

        var officers = facts.Officers
            .OrderBy(o => o.Number, StringComparer.Ordinal).ThenBy(o => o.OfficerId)
            .Select(o => new OfficerRow(
                o.OfficerId, o.Number, o.Name, o.UnitName, o.TimesDrawn, o.Expected,
                o.Expected > 0 ? o.TimesDrawn / o.Expected : null, o.Targets))
            .ToList();
        var workloads = officers.Select(o => (double)o.Targets).ToList();
        long? max = officers.Count > 0 ? officers.Max(o => o.Targets) : null;
        long? min = officers.Count > 0 ? officers.Min(o => o.Targets) : null;
        double? ratio = min > 0 ? (double)max!.Value / min.Value : null;

        var bins = MergedBins(facts.LambdaBins);
        return new FairnessSection(
            new SectionStatus(true, null), officers, officers.Count > 0 ? Inequality.Gini(workloads) : null, max, min, ratio,
            OfficerFit(facts.Officers), InclusionFit(bins), bins);
    }

    /// <summary>
    /// Times drawn against expected per officer (officers ordered by expectation, then number, small cells merged);
    /// null with fewer than two cells after merging.
    /// </summary>
    public static ChiSquareResult? OfficerFit(IReadOnlyList<OfficerFact> officers)
    {
        ArgumentNullException.ThrowIfNull(officers);
        var ordered = officers.Where(o => o.Expected > 0)
            .OrderBy(o => o.Expected).ThenBy(o => o.Number, StringComparer.Ordinal).ThenBy(o => o.OfficerId)
            .ToList();
        var ranges = ChiSquare.MergeSmallCells([.. ordered.Select(o => o.Expected)], MinimumExpected);
        if (ranges.Count < 2)
            return null;
        var observed = ranges.Select(r => (double)ordered.Take(r).Sum(o => o.TimesDrawn)).ToList();
        var expected = ranges.Select(r => ordered.Take(r).Sum(o => o.Expected)).ToList();
        var (statistic, df, p) = ChiSquare.GoodnessOfFit(observed, expected);
        var conclusion = p >= Significance
            ? $"{PValueText.Of(p)}，执法人员被抽中次数与期望一致。"
            : $"{PValueText.Of(p)}，执法人员被抽中次数与期望存在显著差异，请核查执法人员名录、回避与分组设置。";
        return new ChiSquareResult(statistic, df, p, conclusion);
    }

    /// <summary>The λ bins in order of λ with neighbours merged until each expects at least 5 selections.</summary>
    public static IReadOnlyList<FitBinRow> MergedBins(IReadOnlyList<LambdaBinFact> bins)
    {
        ArgumentNullException.ThrowIfNull(bins);
        var ordered = bins.OrderBy(b => b.From).ThenBy(b => b.To).ToList();
        return [.. ChiSquare.MergeSmallCells([.. ordered.Select(b => b.Expected)], MinimumExpected)
            .Select(r => ordered.Take(r).ToList())
            .Select(group => new FitBinRow(
                group[0].From, group[^1].To, group.Sum(b => b.Units), group.Sum(b => b.Expected), group.Sum(b => b.Observed)))];
    }

    /// <summary>Observed against expected selections over the merged λ bins; null with fewer than two bins.</summary>
    public static ChiSquareResult? InclusionFit(IReadOnlyList<FitBinRow> bins)
    {
        ArgumentNullException.ThrowIfNull(bins);
        if (bins.Count < 2 || bins.Any(b => !(b.Expected > 0)))
            return null;
        var (statistic, df, p) = ChiSquare.GoodnessOfFit(
            [.. bins.Select(b => (double)b.Observed)], [.. bins.Select(b => b.Expected)]);
        var conclusion = p >= Significance
            ? $"{PValueText.Of(p)}，抽中结果与入样概率一致。"
            : $"{PValueText.Of(p)}，警告：抽中结果与入样概率不一致，请核查抽取记录（入样概率、必抽对象与层规模）。";
        return new ChiSquareResult(statistic, df, p, conclusion);
    }
}
