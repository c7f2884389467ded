using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;
using DoubleRandom.Application.Risk.Registry;
using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Analytics.Tests.Evaluation;

/// <summary>
/// Hand-built facts of a small year (2026, trend from 2025) whose every figure can be computed by hand, and an empty
/// one. Three designs in the period: draw 1 (risk-weighted) with stratum A (N = 10, 4 drawn at λ = 0.4, 3 inspected, 1
/// problem) and take-all stratum D (N = 2, λ = 1, both with problems); draw 2 (uniform), stratum "all" (N = 4, 2 at
/// λ = 0.5, no problem); one history sample without λ (a problem); and two 2025 history samples (λ = 0.5, one problem).
/// Reusable by other tests (copy it freely).
/// </summary>
public static class EvaluationFactsFixture
{
    public static readonly DateOnly From = new(2026, 1, 1);

    public static readonly DateOnly To = new(2026, 12, 31);

    public static readonly DateOnly TrendFrom = new(2025, 1, 1);

    /// <summary>Generated after the period: the as-of day is the period's end.</summary>
    public static readonly DateTime GeneratedAtUtc = new(2027, 1, 5, 2, 0, 0, DateTimeKind.Utc);

    public static readonly Guid Task1 = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid Task2 = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly Guid Task3 = Guid.Parse("33333333-3333-3333-3333-333333333333");

    public static EvaluationRequest Request { get; } = new(From, To, "2026年", [], [], [], TrendFrom);

    public static ReportHeader Header(EvaluationFacts facts) => new(
        "2026年监管效果评估报告", facts.Request.PeriodLabel, facts.Request.From, facts.Request.To, "全局", GeneratedAtUtc, "analyst",
        facts.Model?.Version, new string('f', 64), facts.DataDigest);

    public static EvaluationFacts Empty() => new(Request, new string('0', 64), [], [], [], [], [], [], [], [], [], [], null, 0);

    public static EvaluationFacts Small() => new(
        Request,
        new string('a', 64),
        Samples(),
        [
            new("d1|A", new(2026, 3, 10), 10, 4, 0, 3),
            new("d1|D", new(2026, 5, 20), 2, 2, 2, 2),
            new("d2|all", new(2026, 8, 1), 4, 2, 0, 2),
            new("h|2025|t|A", new(2025, 6, 1), null, 2, 0, 2),
        ],
        [
            new("tier", "A", 10, 4, 3), new("tier", "B", 4, 2, 2), new("tier", "C", 5, 0, 0), new("tier", "D", 2, 2, 2),
            new("region", "640100", 14, 6, 5), new("region", "640200", 2, 2, 2), new("region", "640300", 5, 0, 0),
            new("industry", "C", 14, 6, 5), new("industry", "F", 2, 2, 2), new("industry", "G", 5, 0, 0),
        ],
        [
            new(Task1, "2026年风险抽查", 3000, 12, 6, 5, "tier"),
            new(Task2, "2026年普通抽查", 5000, 4, 2, 2, null),
            new(Task3, "2026年专项检查", 1000, 20, 1, 1, null),
        ],
        [new("I1", "证照公示", 8, 3), new("I2", "产品质量", 6, 2), new("I3", "价格标示", 0, 0)],
        [
            new(new(2026, 3, 12), new(2026, 4, 12), "Closed", new(2026, 3, 22)),
            new(new(2026, 5, 21), new(2026, 6, 21), "Rectified", new(2026, 6, 20)),
            new(new(2026, 5, 22), new(2026, 6, 22), "InProgress", null),
            new(new(2026, 11, 3), new(2027, 2, 3), "HandedOver", null),
        ],
        [
            new(Task1, "2026年风险抽查", new(2026, 4, 1), new(2026, 4, 29), new(2026, 4, 20)),
            new(Task2, "2026年普通抽查", new(2026, 8, 10), new(2026, 9, 7), new(2026, 9, 10)),
            new(Task3, "2026年专项检查", new(2026, 12, 20), new(2027, 1, 18), null),
        ],
        [
            new(Guid.Parse("00000000-0000-0000-0000-00000000000a"), "E001", "张三", "银川分局", 3, 2, 1.5, 6),
            new(Guid.Parse("00000000-0000-0000-0000-00000000000b"), "E002", "李四", "银川分局", 3, 1, 1.5, 2),
            new(Guid.Parse("00000000-0000-0000-0000-00000000000c"), "E003", "王五", "石嘴山分局", 2, 1, 1.0, 4),
        ],
        [new(0, 0.25, 40, 10, 9), new(0.25, 0.5, 30, 12, 14), new(0.5, 1, 12, 8, 7)],
        [
            new("tier", "A", "A类（低风险）"), new("tier", "B", "B类（一般风险）"), new("tier", "C", "C类（较高风险）"), new("tier", "D", "D类（高风险）"),
            new("region", "640100", "银川市"), new("region", "640200", "石嘴山市"), new("region", "640300", "吴忠市"),
            new("industry", "C", "制造业"), new("industry", "F", "批发和零售业"), new("industry", "G", "交通运输、仓储和邮政业"),
        ],
        Model(),
        1);

    public static ModelFacts Model(RiskCurves? curves = null, IReadOnlyList<RiskFeatureShare>? importance = null, bool recorded = true)
    {
        var reliability = Enumerable.Range(0, 10).Select(b => b switch
        {
            0 => new ReliabilityBin(0, 0.1, 20, 10, 0.05, 0.04),
            2 => new ReliabilityBin(0.2, 0.3, 10, 5, 0.25, 0.2),
            _ => new ReliabilityBin(b / 10.0, (b + 1) / 10.0, 0, 0, 0, 0),
        }).ToList();
        var validation = new RiskMetrics(30, 15, 0.0933, 0.1167, 0.75, 0.4, 0.35, 0.2, 0.1, 0.3, 1.9, reliability);
        var metrics = new RiskModelMetrics(
            validation, validation, [],
            recorded ? curves ?? new RiskCurves([new(0, 0), new(0.5, 0.8), new(1, 1)], [new(0.5, 0.6), new(1, 0.3)]) : null,
            recorded ? importance ?? [new("region", 0.2), new("tier", 0.5), new("pastProblems", 0.3)] : null);
        return new ModelFacts(3, "LightGbm", new DateTime(2026, 1, 2, 3, 0, 0, DateTimeKind.Utc), metrics,
        [
            new("当前", new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc), 40, 35, 17, 8, 0),
            new("2026-01-02 重评", new DateTime(2026, 1, 2, 3, 0, 0, DateTimeKind.Utc), 50, 30, 15, 5, 0),
        ]);
    }

    private static List<SampleFact> Samples()
    {
        var samples = new List<SampleFact>();
        for (var i = 0; i < 3; i++)
        {
            samples.Add(new("d1|A", SampleSource.Draw, new(2026, 3, 10), 0.4, i == 0, 2, i == 0 ? 1 : 0, "A", "640100", "C", "tier"));
        }

        for (var i = 0; i < 2; i++)
        {
            samples.Add(new("d1|D", SampleSource.Draw, new(2026, 5, 20), 1, true, 2, 1, "D", "640200", "F", "tier"));
            samples.Add(new("d2|all", SampleSource.Draw, new(2026, 8, 1), 0.5, false, 2, 0, "B", "640100", "C", null));
            samples.Add(new("h|2025|t|A", SampleSource.History, new(2025, 6, 1), 0.5, i == 0, 1, i == 0 ? 1 : 0, "A", "640100", "C", null));
        }

        samples.Add(new("h|2026|t|C", SampleSource.History, new(2026, 11, 2), null, true, 1, 1, "C", "640300", "G", null));
        return samples;
    }
}
