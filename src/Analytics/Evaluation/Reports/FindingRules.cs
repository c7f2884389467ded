using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>
/// The plain-language findings: fixed rules on the computed figures, in this order, each firing only when its figures
/// exist (docs/evaluation-report-build.md §1 lists them with their thresholds). Texts are built with culture-invariant
/// formatting, so the same figures give the same words.
/// </summary>
public static class FindingRules
{
    /// <summary>The naive hit rate and the Hájek estimate differ by at least this much (1 percentage point).</summary>
    public const double RateGap = 0.01;

    /// <summary>Risk-weighted drawing is said to find more when its lift is at least this.</summary>
    public const double NotableLift = 1.1;

    /// <summary>Officers' workload is uneven from this Gini coefficient on.</summary>
    public const double UnevenGini = 0.3;

    /// <summary>A χ² test rejects at this level.</summary>
    public const double Significance = 0.05;

    /// <summary>The model is miscalibrated when its weighted mean prediction and observed rate differ by at least this (2 points).</summary>
    public const double CalibrationGap = 0.02;

    /// <summary>The model discriminates weakly below this AUC.</summary>
    public const double WeakAuc = 0.6;

    /// <summary>A tier's share moved notably when it changed by at least this (5 points) from the first to the last distribution.</summary>
    public const double TierShift = 0.05;

    /// <summary>Tasks named in the coverage finding at most.</summary>
    public const int NamedTasks = 3;

    public static IReadOnlyList<Finding> Apply(ReportSections s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var findings = new List<Finding>();
        if (s.Inspections == 0)
        {
            findings.Add(new Finding(
                "本期范围内没有检查记录：问题发现率、市场问题率估计和趋势均无数据。",
                "There are no inspections in this period and scope: the hit rates, the population estimates and the trend have no data."));
        }

        RateGapFinding(s, findings);
        LiftFinding(s, findings);
        CoverageFinding(s, findings);
        FollowUpFinding(s, findings);
        PublicationFinding(s, findings);
        OfficerFinding(s, findings);
        InclusionFinding(s, findings);
        ModelFindings(s, findings);
        if (s.Estimates.ExcludedWithoutLambda > 0)
        {
            var n = ReportText.Count(s.Estimates.ExcludedWithoutLambda);
            findings.Add(new Finding(
                $"有 {n} 条检查记录没有入样概率，只计入原始发现率，不参与市场问题率估计。",
                $"{n} inspections have no inclusion probability: they count in the naive hit rate only, not in the population estimates."));
        }

        return findings;
    }

    private static void RateGapFinding(ReportSections s, List<Finding> findings)
    {
        if (s.NaiveRate is not { } naive || s.Estimates.Overall?.Hajek is not { } hajek)
        {
            return;
        }

        var gap = naive - hajek.Estimate;
        var interval = ReportText.PercentWithInterval(hajek);
        var (n, h, points) = (ReportText.Percent(naive), ReportText.Percent(hajek.Estimate), ReportText.Points(Math.Abs(gap)));
        if (gap >= RateGap)
        {
            findings.Add(new Finding(
                $"检查发现问题率为 {n}，按入样概率加权估计的全市场问题率为 {interval}：原始发现率高估了市场整体问题率 {points} 个百分点，因为按风险加权抽取更多抽中了高风险对象。",
                $"Inspections found problems in {n}; the design-based estimate of the market's problem rate is {h} (95% CI {ReportText.Percent(hajek.Low)}–{ReportText.Percent(hajek.High)}): the naive hit rate overstates it by {points} points because risk-weighted drawing visits riskier targets."));
        }
        else if (gap <= -RateGap)
        {
            findings.Add(new Finding(
                $"检查发现问题率为 {n}，低于按入样概率加权估计的全市场问题率 {interval} {points} 个百分点：抽中的对象风险低于市场平均。",
                $"Inspections found problems in {n}, {points} points below the design-based estimate of the market's problem rate {h}: the targets drawn were less risky than the market."));
        }
        else
        {
            findings.Add(new Finding(
                $"检查发现问题率 {n} 与按入样概率加权估计的全市场问题率 {interval} 相差不到 1 个百分点。",
                $"The naive hit rate {n} and the design-based estimate {h} differ by less than one point."));
        }
    }

    private static void LiftFinding(ReportSections s, List<Finding> findings)
    {
        if (s.HitRates.Lift is not { } lift || lift.Lift < NotableLift)
        {
            return;
        }

        var times = ReportText.Number(lift.Lift, 2);
        findings.Add(new Finding(
            $"按风险加权抽取的检查发现问题率为 {ReportText.Percent(lift.WeightedHitRate)}，是市场整体问题率的 {times} 倍：风险分类提高了检查的针对性。",
            $"Risk-weighted draws found problems in {ReportText.Percent(lift.WeightedHitRate)} of inspections, {times} times the market's rate: the risk tiers make inspections better targeted."));
    }

    private static void CoverageFinding(ReportSections s, List<Finding> findings)
    {
        var below = CoverageSectionBuilder.BelowSetRatio(s.Coverage);
        if (below.Count == 0)
        {
            return;
        }

        var named = string.Join("；", below.Take(NamedTasks).Select(t => $"{t.Name}（设定 {ReportText.Percent(t.SetRatio)}，实际检查 {ReportText.Percent(t.InspectedShare)}）"));
        var more = below.Count > NamedTasks ? " 等" : "";
        findings.Add(new Finding(
            $"有 {below.Count} 个任务的实际检查比例低于设定的抽查比例：{named}{more}。",
            $"{below.Count} task(s) inspected a smaller share of their population than the ratio they set."));
    }

    private static void FollowUpFinding(ReportSections s, List<Finding> findings)
    {
        var f = s.FollowUps;
        if (!f.Status.HasData)
        {
            return;
        }

        var rate = ReportText.Percent(f.ClosureRate);
        var overdue = f.OpenPastDeadline > 0 ? $"，另有 {ReportText.Count(f.OpenPastDeadline)} 项逾期未办结" : "";
        var overdueEn = f.OpenPastDeadline > 0 ? $"; {ReportText.Count(f.OpenPastDeadline)} are open past their deadline" : "";
        findings.Add(new Finding(
            $"本期移交后续处置 {ReportText.Count(f.HandedOver)} 项，办结率 {rate}{overdue}。",
            $"{ReportText.Count(f.HandedOver)} follow-ups were handed over, {rate} closed{overdueEn}."));
    }

    private static void PublicationFinding(ReportSections s, List<Finding> findings)
    {
        var p = s.Publication;
        if (p.Late.Count == 0)
        {
            return;
        }

        findings.Add(new Finding(
            $"有 {p.Late.Count} 个任务未在检查完成后 20 个工作日内公示结果（按时公示率 {ReportText.Percent(p.OnTimeShare)}）。",
            $"{p.Late.Count} task(s) did not publish their results within 20 working days of completion (on time: {ReportText.Percent(p.OnTimeShare)})."));
    }

    private static void OfficerFinding(ReportSections s, List<Finding> findings)
    {
        var f = s.Fairness;
        if (f.WorkloadGini is { } gini && gini >= UnevenGini)
        {
            var ratio = f.MaxMinRatio is { } r ? $"，最多与最少之比 {ReportText.Number(r, 2)}" : "";
            findings.Add(new Finding(
                $"执法人员工作量分布不均：基尼系数 {ReportText.Number(gini)}{ratio}。",
                $"Officers' workload is uneven: Gini coefficient {ReportText.Number(gini)}."));
        }

        if (f.OfficerFit is { } fit && fit.PValue < Significance)
        {
            findings.Add(new Finding(
                $"执法人员被抽中的次数与期望不符（χ² = {ReportText.Number(fit.Statistic, 2)}，{ReportText.PValue(fit.PValue)}）。",
                $"How often officers were drawn does not match expectation (χ² = {ReportText.Number(fit.Statistic, 2)}, {ReportText.PValue(fit.PValue)})."));
        }
    }

    private static void InclusionFinding(ReportSections s, List<Finding> findings)
    {
        if (s.Fairness.InclusionFit is not { } fit)
        {
            return;
        }

        var test = $"χ² = {ReportText.Number(fit.Statistic, 2)}，自由度 {fit.DegreesOfFreedom}，{ReportText.PValue(fit.PValue)}";
        var testEn = $"χ² = {ReportText.Number(fit.Statistic, 2)}, df {fit.DegreesOfFreedom}, {ReportText.PValue(fit.PValue)}";
        findings.Add(fit.PValue < Significance
            ? new Finding($"抽中对象与其入样概率不符（{test}），应核查抽取过程。", $"The targets drawn do not match their inclusion probabilities ({testEn}); the draws should be checked.")
            : new Finding($"抽中对象与其入样概率相符（{test}）。", $"The targets drawn match their inclusion probabilities ({testEn})."));
    }

    private static void ModelFindings(ReportSections s, List<Finding> findings)
    {
        var m = s.Model;
        if (!m.Status.HasData)
        {
            return;
        }

        if (m.Auc is { } auc && auc < WeakAuc)
        {
            findings.Add(new Finding(
                $"风险模型 v{m.Version} 的区分能力较弱（AUC {ReportText.Number(auc)}）。",
                $"Risk model v{m.Version} discriminates weakly (AUC {ReportText.Number(auc)})."));
        }

        var weight = m.Reliability.Sum(r => r.WeightSum);
        if (weight > 0)
        {
            var predicted = m.Reliability.Sum(r => r.WeightSum * r.MeanPredicted) / weight;
            var observed = m.Reliability.Sum(r => r.WeightSum * r.ObservedRate) / weight;
            var gap = predicted - observed;
            if (Math.Abs(gap) >= CalibrationGap)
            {
                var (zh, en) = gap > 0 ? ("偏高", "overstates") : ("偏低", "understates");
                findings.Add(new Finding(
                    $"风险模型 v{m.Version} 的预测{zh}：验证集平均预测概率 {ReportText.Percent(predicted)}，实际问题率 {ReportText.Percent(observed)}，建议重新训练或校准。",
                    $"Risk model v{m.Version} {en} the risk: mean prediction {ReportText.Percent(predicted)} against an observed rate of {ReportText.Percent(observed)} on validation; retrain or recalibrate it."));
            }
        }

        if (m.TierDrift.Count >= 2)
        {
            var (first, last) = (m.TierDrift[0], m.TierDrift[^1]);
            var shifts = new (string Tier, double Change)[] { ("A", last.A - first.A), ("B", last.B - first.B), ("C", last.C - first.C), ("D", last.D - first.D) };
            var largest = shifts.OrderByDescending(x => Math.Abs(x.Change)).ThenBy(x => x.Tier, StringComparer.Ordinal).First();
            if (Math.Abs(largest.Change) >= TierShift)
            {
                var (zh, en) = largest.Change > 0 ? ("上升", "rose") : ("下降", "fell");
                var points = ReportText.Points(Math.Abs(largest.Change));
                findings.Add(new Finding(
                    $"风险等级分布发生漂移：{largest.Tier} 类对象占比从 {ReportText.Percent(Share(first, largest.Tier))}（{first.Label}）{zh}至 {ReportText.Percent(Share(last, largest.Tier))}（{last.Label}），变化 {points} 个百分点。",
                    $"The tier distribution drifted: tier {largest.Tier}'s share {en} by {points} points from {first.Label} to {last.Label}."));
            }
        }
    }

    private static double Share(TierDriftRow row, string tier) => tier switch
    {
        "A" => row.A,
        "B" => row.B,
        "C" => row.C,
        _ => row.D,
    };
}
