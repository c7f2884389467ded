using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>
/// Lays the report's model out as blocks, the same for the PDF and the HTML: the one-page summary first, then one
/// section per topic. It prints the model's numbers (headlines by their Display string, the rest through
/// <see cref="ReportNumbers"/>) and computes nothing; a section without data prints its NoDataReason.
/// </summary>
public static class ReportComposer
{
    public const string SummaryTitle = "摘要";

    /// <summary>The section titles, in order (the tests look for them in the documents).</summary>
    public static readonly IReadOnlyList<string> SectionTitles =
    [
        "一、抽查覆盖",
        "二、发现问题率与风险加权提升",
        "三、市场合规状况的总体估计",
        "四、趋势",
        "五、后续处置与结果公示",
        "六、公平性",
        "七、风险模型",
    ];

    public static ReportDocument Compose(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var h = report.Header;
        var blocks = new List<ReportBlock>();
        Summary(report, blocks);
        Coverage(report.Coverage, blocks);
        HitRates(report.HitRates, blocks);
        Estimates(report.Estimates, blocks);
        Trends(report.Trends, blocks);
        FollowUps(report.FollowUps, report.Publication, blocks);
        Fairness(report.Fairness, blocks);
        Model(report.Model, blocks);
        string[] subtitle =
        [
            $"评估期间：{h.PeriodLabel}（{ReportNumbers.Date(h.From)} 至 {ReportNumbers.Date(h.To)}）",
            $"范围：{h.ScopeLabel}",
            $"生成：{ReportNumbers.Shanghai(h.GeneratedAtUtc)}（北京时间） {h.GeneratedBy}　风险模型版本：{(h.ModelVersion is { } v ? "v" + v : ReportNumbers.Missing)}",
        ];
        var footer = $"指纹 {Short(h.Fingerprint)}　生成于 {ReportNumbers.Shanghai(h.GeneratedAtUtc)}（北京时间）";
        return new ReportDocument(h.Title, subtitle, blocks, footer);
    }

    /// <summary>The fingerprint's first 12 characters, as printed in the footer.</summary>
    public static string Short(string fingerprint) => fingerprint.Length <= 12 ? fingerprint : fingerprint[..12];

    private static void Summary(EvaluationReport report, List<ReportBlock> blocks)
    {
        blocks.Add(new HeadingBlock(SummaryTitle, 2));
        blocks.Add(new TableBlock(
            ["指标", "数值"],
            [.. report.Summary.Headlines.Select(f => (IReadOnlyList<string>)[f.Label, f.Display])],
            [3, 1.4f],
            1));
        blocks.Add(new HeadingBlock("主要发现", 2));
        if (report.Summary.Findings.Count == 0)
        {
            blocks.Add(new ParagraphBlock("本期没有可报告的发现。", Note: true));
        }

        foreach (var (finding, i) in report.Summary.Findings.Select((f, i) => (f, i)))
        {
            blocks.Add(new ParagraphBlock($"{i + 1}. {finding.Zh}"));
        }

        blocks.Add(new ParagraphBlock($"数据摘要 {report.Header.DataDigest}　输入指纹 {report.Header.Fingerprint}", Note: true));
    }

    private static bool Open(int section, SectionStatus status, List<ReportBlock> blocks)
    {
        blocks.Add(new HeadingBlock(SectionTitles[section], 1));
        if (!status.HasData)
        {
            blocks.Add(new ParagraphBlock("本节无数据：" + (status.NoDataReason ?? "期间内没有可用的记录。")));
        }

        return status.HasData;
    }

    private static void Coverage(CoverageSection section, List<ReportBlock> blocks)
    {
        if (!Open(0, section.Status, blocks))
        {
            return;
        }

        foreach (var group in section.Rows.GroupBy(r => r.Dimension))
        {
            var rows = group.ToList();
            var name = Dimension(group.Key);
            blocks.Add(new HeadingBlock($"按{name}", 2));
            blocks.Add(new TableBlock(
                [name, "对象数", "抽取", "检查", "抽取比例", "检查比例"],
                [.. rows.Select(r => (IReadOnlyList<string>)[r.Label, ReportNumbers.Count(r.Population), ReportNumbers.Count(r.Drawn), ReportNumbers.Count(r.Inspected), ReportNumbers.Percent(r.DrawnShare), ReportNumbers.Percent(r.InspectedShare)])],
                [2.4f, 1, 1, 1, 1, 1],
                1));
            if (rows.Count is > 0 and <= 40)
            {
                blocks.Add(new ChartBlock(ReportCharts.Coverage(rows, $"按{name}的抽取与检查比例")));
            }
        }

        if (section.Tasks.Count > 0)
        {
            blocks.Add(new HeadingBlock("按任务（对照任务设定比例）", 2));
            blocks.Add(new TableBlock(
                ["任务", "设定比例", "对象数", "抽取", "检查", "抽取比例", "检查比例", "加权"],
                [.. section.Tasks.Select(t => (IReadOnlyList<string>)[t.Name, ReportNumbers.Percent(t.SetRatio), ReportNumbers.Count(t.Population), ReportNumbers.Count(t.Drawn), ReportNumbers.Count(t.Inspected), ReportNumbers.Percent(t.DrawnShare), ReportNumbers.Percent(t.InspectedShare), t.Weighting ?? ReportNumbers.Missing])],
                [3, 1, 1, 0.9f, 0.9f, 1, 1, 1],
                1));
        }
    }

    private static void HitRates(HitRateSection section, List<ReportBlock> blocks)
    {
        if (!Open(1, section.Status, blocks))
        {
            return;
        }

        if (section.Lift is { } lift)
        {
            blocks.Add(new ParagraphBlock(
                $"风险加权抽取的直接命中率 {ReportNumbers.Percent(lift.WeightedHitRate)}（{ReportNumbers.Count(lift.Inspections)} 次检查），总体问题率估计 {ReportNumbers.Percent(lift.PopulationRate)}，提升倍数 {ReportNumbers.Decimal(lift.Lift)}。"));
        }

        HitTable("按风险等级", "等级", section.ByTier, blocks, chart: true);
        HitTable("按检查事项", "事项", section.ByItem, blocks, chart: false);
    }

    private static void HitTable(string heading, string name, IReadOnlyList<HitRateRow> rows, List<ReportBlock> blocks, bool chart)
    {
        if (rows.Count == 0)
        {
            return;
        }

        blocks.Add(new HeadingBlock(heading, 2));
        blocks.Add(new TableBlock(
            [name, "检查数", "发现问题", "发现问题率"],
            [.. rows.Select(r => (IReadOnlyList<string>)[r.Label, ReportNumbers.Count(r.Inspections), ReportNumbers.Count(r.WithProblems), ReportNumbers.Percent(r.Rate)])],
            [3, 1, 1, 1],
            1));
        if (chart)
        {
            blocks.Add(new ChartBlock(ReportCharts.HitRates(rows, $"{heading}的发现问题率")));
        }
    }

    private static void Estimates(EstimateSection section, List<ReportBlock> blocks)
    {
        if (!Open(2, section.Status, blocks))
        {
            return;
        }

        blocks.Add(new ParagraphBlock(section.Method, Note: true));
        if (section.ExcludedWithoutLambda > 0)
        {
            blocks.Add(new ParagraphBlock($"{ReportNumbers.Count(section.ExcludedWithoutLambda)} 个样本没有入样概率 λ，未计入估计。", Note: true));
        }

        List<EstimateRow> all = [.. section.Overall is null ? [] : new[] { section.Overall }, .. section.ByTier, .. section.ByRegion];
        blocks.Add(new TableBlock(
            ["范围", "样本", "有问题", "直接命中率", "HT 估计", "HT 95%区间", "Hájek 估计", "Hájek 95%区间", "估计总体"],
            [.. all.Select(r => (IReadOnlyList<string>)[r.Label + (r.Note is null ? string.Empty : "（" + r.Note + "）"), ReportNumbers.Count(r.SampleSize), ReportNumbers.Count(r.Problems), ReportNumbers.Percent(r.NaiveRate), ReportNumbers.Percent(r.HorvitzThompson?.Estimate), ReportNumbers.Interval(r.HorvitzThompson), ReportNumbers.Percent(r.Hajek?.Estimate), ReportNumbers.Interval(r.Hajek), ReportNumbers.Decimal(r.EstimatedPopulation, 0)])],
            [2.2f, 0.8f, 0.8f, 1, 1, 1.7f, 1, 1.7f, 1],
            1));
        if (all.Count > 0)
        {
            blocks.Add(new ChartBlock(ReportCharts.Estimates(all, "直接命中率与总体问题率估计（95% 置信区间）")));
        }
    }

    private static void Trends(TrendSection section, List<ReportBlock> blocks)
    {
        if (!Open(3, section.Status, blocks))
        {
            return;
        }

        blocks.Add(new TableBlock(
            ["期间", "检查数", "直接命中率", "Hájek 估计", "95%区间", "整改办结率", "按时公示率"],
            [.. section.Points.Select(p => (IReadOnlyList<string>)[p.Label, ReportNumbers.Count(p.Inspections), ReportNumbers.Percent(p.NaiveRate), ReportNumbers.Percent(p.Hajek?.Estimate), ReportNumbers.Interval(p.Hajek), ReportNumbers.Percent(p.FollowUpClosureRate), ReportNumbers.Percent(p.PublicationOnTimeShare)])],
            [2, 1, 1, 1, 1.7f, 1, 1],
            1));
        if (section.Points.Count > 0)
        {
            blocks.Add(new ChartBlock(ReportCharts.Trends(section.Points, "各期指标趋势")));
        }
    }

    private static void FollowUps(FollowUpSection followUps, PublicationSection publication, List<ReportBlock> blocks)
    {
        blocks.Add(new HeadingBlock(SectionTitles[4], 1));
        blocks.Add(new HeadingBlock("后续处置", 2));
        if (!followUps.Status.HasData)
        {
            blocks.Add(new ParagraphBlock("本节无数据：" + (followUps.Status.NoDataReason ?? "期间内没有移交的后续处置。")));
        }
        else
        {
            blocks.Add(new TableBlock(
                ["移交", "办结", "办结率", "办结天数中位数", "办结天数 P90", "逾期未办结"],
                [[ReportNumbers.Count(followUps.HandedOver), ReportNumbers.Count(followUps.Closed), ReportNumbers.Percent(followUps.ClosureRate), ReportNumbers.Decimal(followUps.MedianDaysToClose, 1), ReportNumbers.Decimal(followUps.P90DaysToClose, 1), ReportNumbers.Count(followUps.OpenPastDeadline)]],
                [1, 1, 1, 1.3f, 1.3f, 1.2f],
                0));
            if (followUps.ByStatus.Count > 0)
            {
                blocks.Add(new TableBlock(
                    ["状态", "数量"],
                    [.. followUps.ByStatus.Select(c => (IReadOnlyList<string>)[c.Label, ReportNumbers.Count(c.Count)])],
                    [3, 1],
                    1));
            }
        }

        blocks.Add(new HeadingBlock("结果公示（20 个工作日内）", 2));
        if (!publication.Status.HasData)
        {
            blocks.Add(new ParagraphBlock("本节无数据：" + (publication.Status.NoDataReason ?? "期间内没有完成的任务。")));
            return;
        }

        blocks.Add(new TableBlock(
            ["完成任务", "已公示", "按时公示", "按时公示率"],
            [[ReportNumbers.Count(publication.Completed), ReportNumbers.Count(publication.Published), ReportNumbers.Count(publication.OnTime), ReportNumbers.Percent(publication.OnTimeShare)]],
            [1, 1, 1, 1],
            0));
        if (publication.Late.Count > 0)
        {
            blocks.Add(new TableBlock(
                ["逾期或未公示的任务", "公示期限", "公示日期", "逾期工作日"],
                [.. publication.Late.Select(l => (IReadOnlyList<string>)[l.Name, ReportNumbers.Date(l.DeadlineOn), ReportNumbers.Date(l.PublishedOn), l.WorkingDaysLate is { } d ? ReportNumbers.Count(d) : ReportNumbers.Missing])],
                [3, 1, 1, 1],
                1));
        }
    }

    private static void Fairness(FairnessSection section, List<ReportBlock> blocks)
    {
        if (!Open(5, section.Status, blocks))
        {
            return;
        }

        blocks.Add(new HeadingBlock("执法人员工作量", 2));
        blocks.Add(new ParagraphBlock(
            $"工作量基尼系数 {ReportNumbers.Decimal(section.WorkloadGini, 3)}；最多 {(section.MaxTargets is { } max ? ReportNumbers.Count(max) : ReportNumbers.Missing)}、最少 {(section.MinTargets is { } min ? ReportNumbers.Count(min) : ReportNumbers.Missing)} 个检查对象，最多/最少 {ReportNumbers.Decimal(section.MaxMinRatio)}。"));
        if (section.Officers.Count > 0)
        {
            blocks.Add(new ChartBlock(ReportCharts.Workload(section.Officers, "各执法人员的检查对象数")));
            blocks.Add(new ChartBlock(ReportCharts.DrawnVersusExpected(section.Officers, "执法人员被抽中次数与期望")));
            blocks.Add(new TableBlock(
                ["编号", "姓名", "单位", "被抽中", "期望", "实际/期望", "检查对象"],
                [.. section.Officers.Select(o => (IReadOnlyList<string>)[o.Number, o.Name, o.UnitName, ReportNumbers.Count(o.TimesDrawn), ReportNumbers.Decimal(o.Expected), ReportNumbers.Decimal(o.Ratio), ReportNumbers.Count(o.Targets)])],
                [1, 1.2f, 2, 0.9f, 0.9f, 1, 1],
                3));
        }

        FitTest("执法人员被抽中次数的拟合优度检验", section.OfficerFit, blocks);
        blocks.Add(new HeadingBlock("抽中对象与入样概率的拟合优度", 2));
        FitTest("按入样概率 λ 分组的 χ² 检验", section.InclusionFit, blocks);
        if (section.InclusionBins.Count > 0)
        {
            blocks.Add(new TableBlock(
                ["λ 从", "λ 至", "对象数", "期望 Σλ", "实际"],
                [.. section.InclusionBins.Select(b => (IReadOnlyList<string>)[ReportNumbers.Decimal(b.From, 3), ReportNumbers.Decimal(b.To, 3), ReportNumbers.Count(b.Units), ReportNumbers.Decimal(b.Expected), ReportNumbers.Count(b.Observed)])],
                [1, 1, 1, 1, 1],
                0));
            blocks.Add(new ChartBlock(ReportCharts.InclusionBins(section.InclusionBins, "各 λ 组的期望与实际抽中数")));
        }
    }

    private static void FitTest(string name, ChiSquareResult? test, List<ReportBlock> blocks)
    {
        if (test is not null)
        {
            blocks.Add(new ParagraphBlock(
                $"{name}：χ² = {ReportNumbers.Decimal(test.Statistic)}，自由度 {ReportNumbers.Count(test.DegreesOfFreedom)}，p = {ReportNumbers.Decimal(test.PValue, 4)}。{test.Conclusion}"));
        }
    }

    private static void Model(ModelSection section, List<ReportBlock> blocks)
    {
        if (!Open(6, section.Status, blocks))
        {
            return;
        }

        blocks.Add(new TableBlock(
            ["版本", "训练器", "训练时间（北京时间）", "AUC", "PR-AUC", "Brier", "预算内提升"],
            [[section.Version is { } v ? "v" + v : ReportNumbers.Missing, section.Trainer ?? ReportNumbers.Missing, section.TrainedAtUtc is { } t ? ReportNumbers.Shanghai(t) : ReportNumbers.Missing, ReportNumbers.Decimal(section.Auc, 3), ReportNumbers.Decimal(section.PrAuc, 3), ReportNumbers.Decimal(section.Brier, 4), ReportNumbers.Decimal(section.LiftAtBudget)]],
            [0.7f, 1.3f, 1.8f, 0.8f, 0.8f, 0.8f, 1],
            3));
        if (section.Roc.Count > 0)
        {
            blocks.Add(new ChartBlock(ReportCharts.Curve(section.Roc, "ROC 曲线", "假阳性率", "真阳性率", diagonal: true)));
        }

        if (section.PrecisionRecall.Count > 0)
        {
            blocks.Add(new ChartBlock(ReportCharts.Curve(section.PrecisionRecall, "精确率—召回率曲线", "召回率", "精确率", diagonal: false)));
        }

        if (section.Reliability.Count > 0)
        {
            blocks.Add(new ChartBlock(ReportCharts.Reliability(section.Reliability, "可靠性图（校准）")));
        }

        if (section.Importance.Count > 0)
        {
            blocks.Add(new ChartBlock(ReportCharts.Importance(section.Importance, "特征重要性")));
        }

        if (section.TierDrift.Count > 0)
        {
            blocks.Add(new TableBlock(
                ["时点", "A", "B", "C", "D", "未分级"],
                [.. section.TierDrift.Select(r => (IReadOnlyList<string>)[r.Label, ReportNumbers.Percent(r.A), ReportNumbers.Percent(r.B), ReportNumbers.Percent(r.C), ReportNumbers.Percent(r.D), ReportNumbers.Percent(r.None)])],
                [2, 1, 1, 1, 1, 1],
                1));
            blocks.Add(new ChartBlock(ReportCharts.TierDrift(section.TierDrift, "风险等级分布的漂移")));
        }
    }

    private static string Dimension(string key) => key switch
    {
        "tier" => "风险等级",
        "region" => "区域",
        "industry" => "行业",
        "department" => "部门",
        _ => key,
    };
}
