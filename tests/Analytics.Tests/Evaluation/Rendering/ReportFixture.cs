using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Tests.Evaluation.Rendering;

/// <summary>A full evaluation report written by hand (every section with data, Chinese labels, an officer whose name holds markup), and one whose sections have none.</summary>
internal static class ReportFixture
{
    public const string HostileName = "<script>alert('x')</script>张三";

    private static readonly DateTime GeneratedAt = new(2026, 12, 8, 1, 30, 0, DateTimeKind.Utc);

    public static EvaluationReport Full()
    {
        var header = new ReportHeader("2026年度“双随机、一公开”监管效果评估报告", "2026年", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31),
            "全局（市场监管局及所属单位）", GeneratedAt, "分析员 李四", 3, new string('a', 20) + "0123456789abcdef0123456789abcdef0123456789ab", "d1gest" + new string('9', 58));
        HeadlineFigure[] headlines =
        [
            new("inspections", "检查次数", 1234, "1,234"),
            new("naiveHitRate", "直接发现问题率", 0.1857, "18.57%"),
            new("hajekRate", "总体问题率估计（Hájek）", 0.1123, "11.23%（95%区间 9.80%–12.66%）"),
            new("lift", "风险加权提升倍数", 1.65, "1.65 倍"),
            new("closureRate", "整改办结率", 0.9012, "90.12%"),
            new("onTimeShare", "按时公示率", 0.875, "87.50%"),
            new("workloadGini", "工作量基尼系数", 0.213, "0.213"),
        ];
        var summary = new ReportSummary(headlines,
        [
            new("直接命中率高于总体问题率估计，风险加权抽取提高了发现问题的效率。", "The naive hit rate exceeds the population estimate."),
            new("D 级对象的问题率估计最高，建议加大抽查比例。", "Tier D has the highest estimated rate."),
            new("执法人员被抽中次数与期望一致（p = 0.4210）。", "Officers were drawn as expected."),
        ]);
        string[] tiers = ["A", "B", "C", "D"];
        var coverage = new CoverageSection(new SectionStatus(true, null),
        [
            .. tiers.Select((t, i) => new CoverageRow("tier", t, $"{t} 级", 4000 - (i * 700), 100 + (i * 40), 95 + (i * 38), (100 + (i * 40)) / (4000.0 - (i * 700)), (95 + (i * 38)) / (4000.0 - (i * 700)))),
            new CoverageRow("region", "420102", "江岸区", 5000, 210, 200, 0.042, 0.04),
            new CoverageRow("region", "420103", "江汉区", 4200, 190, 181, 0.0452, 0.0431),
            new CoverageRow("industry", "F", "批发和零售业", 6000, 260, 250, 0.0433, 0.0417),
            new CoverageRow("industry", "H", "住宿和餐饮业", 3200, 140, 131, 0.0438, 0.0409),
        ],
        [
            new TaskCoverageRow(Guid.Parse("11111111-1111-1111-1111-111111111111"), "2026年食品经营者双随机抽查", 0.05, 5000, 250, 240, 0.05, 0.048, "风险加权"),
            new TaskCoverageRow(Guid.Parse("22222222-2222-2222-2222-222222222222"), "2026年特种设备使用单位抽查", 0.03, 4200, 126, 120, 0.03, 0.0286, null),
        ]);
        var hitRates = new HitRateSection(new SectionStatus(true, null),
            [.. tiers.Select((t, i) => new HitRateRow(t, $"{t} 级", 300 + (i * 10), 20 + (i * 25), (20 + (i * 25)) / (300.0 + (i * 10))))],
            [new HitRateRow("food-license", "食品经营许可情况", 500, 61, 0.122), new HitRateRow("label", "标签标识", 480, 40, 40 / 480.0)],
            new LiftFigure(0.1857, 0.1123, 1.65, 800));
        EstimateRow Est(string key, string label, long n, long y, double naive, double ht, double hj, string? note = null) =>
            new(key, label, n, y, naive, new ConfidenceInterval(ht, 0.01, Math.Max(0, ht - 0.0196), ht + 0.0196), new ConfidenceInterval(hj, 0.0073, hj - 0.0143, hj + 0.0143), n * 8.5, n * 9, note);
        var estimates = new EstimateSection(new SectionStatus(true, null),
            Est("overall", "全部", 1234, 229, 0.1857, 0.1101, 0.1123),
            [.. tiers.Select((t, i) => Est(t, $"{t} 级", 300 + i, 20 + (i * 25), (20 + (i * 25)) / 300.0, 0.05 + (i * 0.05), 0.052 + (i * 0.05)))],
            [Est("420102", "江岸区", 620, 110, 0.1774, 0.105, 0.108), Est("420103", "江汉区", 614, 119, 0.1938, 0.115, 0.117, "部分层样本不足两个，方差未估计")],
            "Horvitz–Thompson 与 Hájek 估计；方差按 Hájek–Rosén 近似（Pareto πps 无放回抽样），95% 区间 = 估计 ± 1.96 × 标准误。", 12);
        var trends = new TrendSection(new SectionStatus(true, null),
        [
            .. Enumerable.Range(1, 4).Select(q => new TrendPoint($"2026年第{q}季度", new DateOnly(2026, (3 * q) - 2, 1), new DateOnly(2026, 3 * q, 28), 300 + q,
                0.17 + (q * 0.005), new ConfidenceInterval(0.10 + (q * 0.004), 0.007, 0.086 + (q * 0.004), 0.114 + (q * 0.004)), 0.85 + (q * 0.01), 0.8 + (q * 0.02))),
        ]);
        var followUps = new FollowUpSection(new SectionStatus(true, null), 229, 206, 0.9, 12.5, 31, 4,
            [new CountRow("closed", "已办结", 206), new CountRow("open", "办理中", 19), new CountRow("overdue", "逾期", 4)]);
        var publication = new PublicationSection(new SectionStatus(true, null), 16, 15, 14, 0.875,
            [new LatePublicationRow(Guid.Parse("33333333-3333-3333-3333-333333333333"), "2026年广告发布者抽查", new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 6), 4)]);
        OfficerRow[] officers =
        [
            .. Enumerable.Range(1, 12).Select(i => new OfficerRow(Guid.Parse($"00000000-0000-0000-0000-{i:D12}"), $"ZF{i:D3}", i == 3 ? HostileName : $"执法员{i}", i % 2 == 0 ? "江岸分局" : "江汉分局", 5 + (i % 4), 6.2, (5 + (i % 4)) / 6.2, 40 + (i * 3))),
        ];
        var fairness = new FairnessSection(new SectionStatus(true, null), officers, 0.213, 73, 43, 73 / 43.0,
            new ChiSquareResult(8.12, 11, 0.421, "被抽中次数与期望无显著差异。"),
            new ChiSquareResult(5.43, 4, 0.246, "抽中对象与入样概率相符。"),
            [new FitBinRow(0, 0.02, 3000, 30.5, 28), new FitBinRow(0.02, 0.05, 2000, 61.2, 66), new FitBinRow(0.05, 0.1, 900, 70.1, 64), new FitBinRow(0.1, 0.3, 300, 52.7, 55), new FitBinRow(0.3, 0.99, 40, 20.4, 22)]);
        var roc = Enumerable.Range(0, 21).Select(i => new CurvePoint(i / 20.0, Math.Sqrt(i / 20.0))).ToList();
        var pr = Enumerable.Range(1, 20).Select(i => new CurvePoint(i / 20.0, 0.6 - (i * 0.02))).ToList();
        var model = new ModelSection(new SectionStatus(true, null), 3, "LightGbm", new DateTime(2026, 10, 1, 2, 0, 0, DateTimeKind.Utc), 0.781, 0.412, 0.1234, 1.65,
            roc, pr,
            [.. Enumerable.Range(0, 10).Select(i => new ReliabilityRow((i + 0.5) / 10, ((i + 0.5) / 10) * 0.9, 100 - i))],
            [new ImportanceRow("priorProblems", "既往问题次数", 0.41), new ImportanceRow("industry", "行业", 0.22), new ImportanceRow("age", "成立年限", 0.17), new ImportanceRow("complaints", "投诉举报", 0.2)],
            [
                new TierDriftRow("训练时", new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), 0.4, 0.3, 0.2, 0.08, 0.02),
                new TierDriftRow("期末", new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc), 0.38, 0.31, 0.2, 0.09, 0.02),
            ]);
        return new EvaluationReport("er-1", header, summary, coverage, hitRates, estimates, trends, followUps, publication, fairness, model);
    }

    /// <summary>A report for a scope with no inspections: every section says why it has no data.</summary>
    public static EvaluationReport NoData()
    {
        var full = Full();
        var none = new SectionStatus(false, "所选期间和范围内没有检查记录。");
        return full with
        {
            Summary = new ReportSummary([new HeadlineFigure("inspections", "检查次数", 0, "0")], []),
            Coverage = new CoverageSection(none, [], []),
            HitRates = new HitRateSection(none, [], [], null),
            Estimates = new EstimateSection(none, null, [], [], "—", 0),
            Trends = new TrendSection(none, []),
            FollowUps = new FollowUpSection(none, 0, 0, null, null, null, 0, []),
            Publication = new PublicationSection(none, 0, 0, 0, null, []),
            Fairness = new FairnessSection(none, [], null, null, null, null, null, null, []),
            Model = new ModelSection(new SectionStatus(false, "期末没有启用的风险模型。"), null, null, null, null, null, null, null, [], [], [], [], []),
        };
    }
}
