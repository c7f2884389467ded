using System.Text.Json;
using DoubleRandom.Analytics.Evaluation.Estimation;
using DoubleRandom.Analytics.Evaluation.Reports;
using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Tests.Evaluation.Reports;

/// <summary>The builder on <see cref="EvaluationFactsFixture"/>: every section's figures against values computed by hand.</summary>
public sealed class EvaluationReportBuilderTests
{
    private static readonly EvaluationFacts Facts = EvaluationFactsFixture.Small();

    private static readonly EvaluationReport Report = new EvaluationReportBuilder().Build(Facts, EvaluationFactsFixture.Header(Facts));

    [Fact]
    public void The_header_passes_through_and_the_schema_is_er1()
    {
        Assert.Equal("er-1", Report.Schema);
        Assert.Equal(EvaluationFactsFixture.Header(Facts), Report.Header);
    }

    [Fact]
    public void Coverage_has_a_row_per_key_with_labels_and_shares_and_tasks_against_their_ratio()
    {
        var c = Report.Coverage;
        Assert.True(c.Status.HasData);
        Assert.Equal(["tier", "tier", "tier", "tier", "region", "region", "region", "industry", "industry", "industry"], c.Rows.Select(r => r.Dimension));
        var a = c.Rows[0];
        Assert.Equal(("A", "A类（低风险）", 10L, 4L, 3L), (a.Key, a.Label, a.Population, a.Drawn, a.Inspected));
        Assert.Equal(4 / 10.0, a.DrawnShare);
        Assert.Equal(3 / 10.0, a.InspectedShare);
        Assert.Equal("银川市", c.Rows[4].Label);
        Assert.Equal(5 / 14.0, c.Rows[4].InspectedShare);
        Assert.Equal(["2026年专项检查", "2026年普通抽查", "2026年风险抽查"], c.Tasks.Select(t => t.Name).Order(StringComparer.Ordinal));
        var special = c.Tasks.Single(t => t.TaskId == EvaluationFactsFixture.Task3);
        Assert.Equal(0.1, special.SetRatio);
        Assert.Equal(1 / 20.0, special.InspectedShare);
        Assert.Equal([EvaluationFactsFixture.Task3], CoverageSectionBuilder.BelowSetRatio(c).Select(t => t.TaskId));
    }

    [Fact]
    public void Hit_rates_by_tier_and_item_and_the_lift_over_the_Hajek_rate()
    {
        var h = Report.HitRates;
        Assert.Equal(["A", "B", "C", "D", "all"], h.ByTier.Select(r => r.Key));
        Assert.Equal([3L, 2, 1, 2, 8], h.ByTier.Select(r => r.Inspections));
        Assert.Equal([1L, 0, 1, 2, 4], h.ByTier.Select(r => r.WithProblems));
        Assert.Equal(1 / 3.0, h.ByTier[0].Rate);
        Assert.Equal(0.5, h.ByTier[^1].Rate);
        Assert.Equal(["I1", "I2"], h.ByItem.Select(r => r.Key));
        Assert.Equal(3 / 8.0, h.ByItem[0].Rate);

        // Risk-weighted samples: 3 of stratum A (1 problem) and 2 take-all of D (2 problems): 3/5.
        // Hájek: Σy/λ = 1/0.4 + 2·1 = 4.5 over Σ1/λ = 3/0.4 + 2 + 2/0.5 = 13.5.
        var lift = Assert.IsType<LiftFigure>(h.Lift);
        Assert.Equal(0.6, lift.WeightedHitRate, 12);
        Assert.Equal(4.5 / 13.5, lift.PopulationRate, 12);
        Assert.Equal(0.6 / (4.5 / 13.5), lift.Lift, 12);
        Assert.Equal(5, lift.Inspections);
    }

    [Fact]
    public void Estimates_overall_by_tier_and_by_region()
    {
        var e = Report.Estimates;
        Assert.True(e.Status.HasData);
        var overall = Assert.IsType<EstimateRow>(e.Overall);
        Assert.Equal(7, overall.SampleSize);
        Assert.Equal(4.5 / 13.5, overall.Hajek!.Estimate, 12);
        Assert.Equal(4.5 / 16, overall.HorvitzThompson!.Estimate, 12);
        Assert.Equal(16, overall.KnownPopulation);
        Assert.Equal(13.5, overall.EstimatedPopulation, 12);
        Assert.Equal(1, e.ExcludedWithoutLambda);
        Assert.Equal(["A", "B", "D"], e.ByTier.Select(r => r.Key));
        Assert.Equal([2.5 / 7.5, 0, 1], e.ByTier.Select(r => r.Hajek!.Estimate));
        Assert.Equal(["640100", "640200"], e.ByRegion.Select(r => r.Key));
        Assert.Equal(2.5 / 11.5, e.ByRegion[0].Hajek!.Estimate, 12);
        Assert.True(overall.Hajek.Low <= overall.Hajek.Estimate && overall.Hajek.Estimate <= overall.Hajek.High);
    }

    [Fact]
    public void Trends_give_the_earlier_year_then_the_quarters()
    {
        var t = Report.Trends;
        Assert.Equal(["2025年", "2026年第1季度", "2026年第2季度", "2026年第3季度", "2026年第4季度"], t.Points.Select(p => p.Label));
        Assert.Equal([2L, 3, 2, 2, 1], t.Points.Select(p => p.Inspections));
        Assert.Equal([0.5, 1 / 3.0, 1, 0, 1], t.Points.Select(p => p.NaiveRate!.Value));
        Assert.Equal(0.5, t.Points[0].Hajek!.Estimate, 12);
        Assert.Null(t.Points[4].Hajek);
        Assert.Equal([null, 1.0, 0.5, null, 0], t.Points.Select(p => p.FollowUpClosureRate));
        Assert.Equal([null, null, 1.0, 0, null], t.Points.Select(p => p.PublicationOnTimeShare));
        Assert.Equal(new DateOnly(2026, 4, 1), t.Points[2].From);
        Assert.Equal(new DateOnly(2026, 6, 30), t.Points[2].To);
    }

    [Fact]
    public void A_shorter_period_trends_by_month_clipped_to_it()
    {
        var months = TrendSectionBuilder.Inside(new DateOnly(2026, 3, 15), new DateOnly(2026, 5, 10)).ToList();
        Assert.Equal(["2026年3月", "2026年4月", "2026年5月"], months.Select(m => m.Label));
        Assert.Equal(new DateOnly(2026, 3, 15), months[0].From);
        Assert.Equal(new DateOnly(2026, 5, 10), months[2].To);
    }

    [Fact]
    public void Follow_ups_closure_days_and_overdue()
    {
        var f = Report.FollowUps;
        Assert.Equal((4L, 2L, 1L), (f.HandedOver, f.Closed, f.OpenPastDeadline));
        Assert.Equal(0.5, f.ClosureRate);
        Assert.Equal(20, f.MedianDaysToClose); // 10 and 30 days
        Assert.Equal(10 + (0.9 * 20), f.P90DaysToClose);
        Assert.Equal(["已移交", "处置中", "已整改", "已办结"], f.ByStatus.Select(r => r.Label));
    }

    [Fact]
    public void Publication_on_time_among_the_tasks_due()
    {
        var p = Report.Publication;
        Assert.Equal((3L, 2L, 1L), (p.Completed, p.Published, p.OnTime));
        Assert.Equal(0.5, p.OnTimeShare); // the third is not due yet
        var late = Assert.Single(p.Late);
        Assert.Equal(EvaluationFactsFixture.Task2, late.TaskId);
        Assert.Equal(3, late.WorkingDaysLate); // Monday 7 September → Thursday 10 September
    }

    [Fact]
    public void Fairness_gini_and_inclusion_fit()
    {
        var f = Report.Fairness;
        Assert.Equal(["E001", "E002", "E003"], f.Officers.Select(o => o.Number));
        Assert.Equal(2 / 1.5, f.Officers[0].Ratio!.Value, 12);

        // Sorted 2, 4, 6: Σ(2i − n − 1)xᵢ / (n Σx) = (−4 + 0 + 12) / 36.
        Assert.Equal(8 / 36.0, f.WorkloadGini!.Value, 12);
        Assert.Equal((6L, 2L, 3.0), (f.MaxTargets!.Value, f.MinTargets!.Value, f.MaxMinRatio!.Value));
        var fit = Assert.IsType<ChiSquareResult>(f.InclusionFit);
        var statistic = (1 / 10.0) + (4 / 12.0) + (1 / 8.0);
        Assert.Equal(statistic, fit.Statistic, 12);
        Assert.Equal(2, fit.DegreesOfFreedom);
        Assert.Equal(Math.Exp(-statistic / 2), fit.PValue, 9); // χ²(2) upper tail
    }

    [Fact]
    public void Model_metrics_curves_importance_reliability_and_drift()
    {
        var m = Report.Model;
        Assert.True(m.Status.HasData);
        Assert.Null(m.Status.NoDataReason);
        Assert.Equal((3, "LightGbm", 0.75, 0.4, 0.2, 1.9), (m.Version!.Value, m.Trainer, m.Auc!.Value, m.PrAuc!.Value, m.Brier!.Value, m.LiftAtBudget!.Value));
        Assert.Equal([new CurvePoint(0, 0), new CurvePoint(0.5, 0.8), new CurvePoint(1, 1)], m.Roc);
        Assert.Equal(2, m.PrecisionRecall.Count);
        Assert.Equal([("tier", "风险等级", 0.5), ("pastProblems", "既往发现问题数", 0.3), ("region", "所在地市", 0.2)], m.Importance.Select(i => (i.Feature, i.Label, i.Share)));
        Assert.Equal(2, m.Reliability.Count);
        Assert.Equal(["2026-01-02 重评", "当前"], m.TierDrift.Select(d => d.Label));
        Assert.Equal((0.5, 0.3, 0.15, 0.05, 0.0), (m.TierDrift[0].A, m.TierDrift[0].B, m.TierDrift[0].C, m.TierDrift[0].D, m.TierDrift[0].None));
    }

    [Fact]
    public void A_model_without_recorded_curves_says_so()
    {
        var facts = Facts with { Model = EvaluationFactsFixture.Model(recorded: false) };
        var m = new EvaluationReportBuilder().Build(facts, EvaluationFactsFixture.Header(facts)).Model;
        Assert.True(m.Status.HasData);
        Assert.StartsWith(ModelSectionBuilder.NoCurvesNote, m.Status.NoDataReason, StringComparison.Ordinal);
        Assert.Empty(m.Roc);
        Assert.Empty(m.Importance);
        Assert.Equal(0.75, m.Auc);
    }

    [Fact]
    public void Headlines_carry_stable_keys_and_their_printed_values()
    {
        var h = Report.Summary.Headlines.ToDictionary(x => x.Key);
        Assert.Equal(
            [HeadlineKeys.Inspections, HeadlineKeys.TargetsDrawn, HeadlineKeys.NaiveHitRate, HeadlineKeys.HajekRate, HeadlineKeys.HtRate, HeadlineKeys.Lift,
             HeadlineKeys.FollowUpClosureRate, HeadlineKeys.PublicationOnTimeShare, HeadlineKeys.OfficerGini, HeadlineKeys.InclusionFitP, HeadlineKeys.ModelAuc],
            Report.Summary.Headlines.Select(x => x.Key));
        Assert.Equal("8", h[HeadlineKeys.Inspections].Display);
        Assert.Equal("8", h[HeadlineKeys.TargetsDrawn].Display); // drawn per tier: 4 + 2 + 0 + 2
        Assert.Equal("50.00%", h[HeadlineKeys.NaiveHitRate].Display);
        var hajek = Report.Estimates.Overall!.Hajek!;
        Assert.Equal($"33.33%（95% CI {hajek.Low * 100:0.00}%–{hajek.High * 100:0.00}%）", h[HeadlineKeys.HajekRate].Display);
        Assert.StartsWith("28.13%（95% CI ", h[HeadlineKeys.HtRate].Display, StringComparison.Ordinal);
        Assert.Equal("1.80 倍", h[HeadlineKeys.Lift].Display);
        Assert.Equal("50.00%", h[HeadlineKeys.FollowUpClosureRate].Display);
        Assert.Equal("50.00%", h[HeadlineKeys.PublicationOnTimeShare].Display);
        Assert.Equal("0.222", h[HeadlineKeys.OfficerGini].Display);
        Assert.Equal("0.750", h[HeadlineKeys.ModelAuc].Display);
    }

    [Fact]
    public void Findings_fire_on_the_numbers()
    {
        var zh = Report.Summary.Findings.Select(f => f.Zh).ToList();
        Assert.Contains(zh, f => f.Contains("原始发现率高估了市场整体问题率 16.67 个百分点", StringComparison.Ordinal)); // 50% − 33.33%
        Assert.Contains(zh, f => f.Contains("是市场整体问题率的 1.80 倍", StringComparison.Ordinal));
        Assert.Contains(zh, f => f.Contains("有 1 个任务的实际检查比例低于设定的抽查比例：2026年专项检查（设定 10.00%，实际检查 5.00%）", StringComparison.Ordinal));
        Assert.Contains(zh, f => f.Contains("另有 1 项逾期未办结", StringComparison.Ordinal));
        Assert.Contains(zh, f => f.Contains("有 1 个任务未在检查完成后 20 个工作日内公示结果（按时公示率 50.00%）", StringComparison.Ordinal));
        Assert.Contains(zh, f => f.StartsWith("抽中对象与其入样概率相符", StringComparison.Ordinal));
        Assert.Contains(zh, f => f.Contains("风险模型 v3 的预测偏高", StringComparison.Ordinal)); // (0.5 + 1.25)/15 against (0.4 + 1.0)/15
        Assert.Contains(zh, f => f.Contains("A 类对象占比从 50.00%（2026-01-02 重评）下降至 40.00%（当前），变化 10.00 个百分点", StringComparison.Ordinal));
        Assert.Contains(zh, f => f.StartsWith("有 1 条检查记录没有入样概率", StringComparison.Ordinal));
        Assert.DoesNotContain(zh, f => f.Contains("工作量分布不均", StringComparison.Ordinal)); // Gini 0.222 < 0.3
        Assert.All(Report.Summary.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.En)));
    }

    [Fact]
    public void Empty_facts_give_no_data_sections_and_a_summary_that_says_so()
    {
        var facts = EvaluationFactsFixture.Empty();
        var report = new EvaluationReportBuilder().Build(facts, EvaluationFactsFixture.Header(facts));
        SectionStatus[] statuses =
        [
            report.Coverage.Status, report.HitRates.Status, report.Estimates.Status, report.Trends.Status, report.FollowUps.Status,
            report.Publication.Status, report.Fairness.Status, report.Model.Status,
        ];
        Assert.All(statuses, s => Assert.False(s.HasData));
        Assert.All(statuses, s => Assert.False(string.IsNullOrWhiteSpace(s.NoDataReason)));
        var finding = Assert.Single(report.Summary.Findings);
        Assert.StartsWith("本期范围内没有检查记录", finding.Zh, StringComparison.Ordinal);
        Assert.Equal("0", report.Summary.Headlines[0].Display);
        Assert.All(report.Summary.Headlines.Skip(2), h => Assert.Equal((null, ReportText.Missing), (h.Value, h.Display)));
    }

    [Fact]
    public void Two_builds_serialize_to_identical_json()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var again = new EvaluationReportBuilder().Build(EvaluationFactsFixture.Small(), EvaluationFactsFixture.Header(Facts));
        Assert.Equal(JsonSerializer.Serialize(Report, options), JsonSerializer.Serialize(again, options));
    }

    [Fact]
    public void The_interim_estimates_match_the_estimator()
    {
        var units = Facts.Samples.Where(s => s.Day.Year == 2026 && s.Lambda is not null)
            .Select(s => new SurveyUnit(s.Design, s.Lambda!.Value, s.Problem ? 1 : 0)).ToList();
        Assert.Equal(DesignEstimator.EstimateRate(units, 16).Hajek, Report.Estimates.Overall!.Hajek);
    }

    [Fact]
    public void Degenerate_facts_give_figures_or_no_data_never_an_exception()
    {
        var facts = EvaluationFactsFixture.Empty() with
        {
            Items = [new("I3", "价格标示", 0, 0)],
            Officers = [new(Guid.Empty, "E009", "赵六", "吴忠分局", 1, 0, 0, 0)],
            LambdaBins = [new(0, 0.5, 3, 0, 0), new(0.5, 1, 0, 0, 0)],
            Publications = [new(EvaluationFactsFixture.Task1, "未公示任务", new(2026, 12, 30), new(2027, 1, 27), null)],
            Model = EvaluationFactsFixture.Model() with { TierDistributions = [new("当前", new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc), 0, 0, 0, 0, 0)] },
        };
        var report = new EvaluationReportBuilder().Build(facts, EvaluationFactsFixture.Header(facts));
        Assert.False(report.HitRates.Status.HasData);
        Assert.Null(report.Fairness.WorkloadGini);
        Assert.Null(report.Fairness.InclusionFit);
        Assert.Null(report.Fairness.OfficerFit);
        Assert.Null(report.Publication.OnTimeShare); // not due yet
        Assert.Empty(report.Publication.Late);
        Assert.Equal(0, report.Model.TierDrift[0].A);
    }
}
