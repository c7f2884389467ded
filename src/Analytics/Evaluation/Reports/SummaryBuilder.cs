using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>The one-page summary: the headline figures (each printed once, here) and the findings of <see cref="FindingRules"/>.</summary>
public static class SummaryBuilder
{
    public static ReportSummary Build(ReportSections s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var overall = s.Estimates.Overall;
        var drawn = s.Coverage.Rows.Where(r => r.Dimension == FirstDimension(s.Coverage)).Sum(r => r.Drawn);
        var inclusion = s.Fairness.InclusionFit;
        List<HeadlineFigure> headlines =
        [
            new(HeadlineKeys.Inspections, "检查户次", s.Inspections, ReportText.Count(s.Inspections)),
            new(HeadlineKeys.TargetsDrawn, "抽取对象数", drawn, ReportText.Count(drawn)),
            new(HeadlineKeys.NaiveHitRate, "问题发现率（原始）", s.NaiveRate, ReportText.Percent(s.NaiveRate)),
            new(HeadlineKeys.HajekRate, "市场问题率估计（Hájek）", overall?.Hajek?.Estimate, ReportText.PercentWithInterval(overall?.Hajek)),
            new(HeadlineKeys.HtRate, "市场问题率估计（Horvitz–Thompson）", overall?.HorvitzThompson?.Estimate, ReportText.PercentWithInterval(overall?.HorvitzThompson)),
            new(HeadlineKeys.Lift, "风险加权抽取提升度", s.HitRates.Lift?.Lift, ReportText.Times(s.HitRates.Lift?.Lift)),
            new(HeadlineKeys.FollowUpClosureRate, "后续处置办结率", s.FollowUps.ClosureRate, ReportText.Percent(s.FollowUps.ClosureRate)),
            new(HeadlineKeys.PublicationOnTimeShare, "按时公示率", s.Publication.OnTimeShare, ReportText.Percent(s.Publication.OnTimeShare)),
            new(HeadlineKeys.OfficerGini, "执法人员工作量基尼系数", s.Fairness.WorkloadGini, ReportText.Number(s.Fairness.WorkloadGini)),
            new(HeadlineKeys.InclusionFitP, "入样概率拟合检验 p 值", inclusion?.PValue, ReportText.PValue(inclusion?.PValue)),
            new(HeadlineKeys.ModelAuc, "风险模型 AUC", s.Model.Auc, ReportText.Number(s.Model.Auc)),
        ];
        return new ReportSummary(headlines, FindingRules.Apply(s));
    }

    private static string? FirstDimension(CoverageSection coverage) => coverage.Rows.Count > 0 ? coverage.Rows[0].Dimension : null;
}
