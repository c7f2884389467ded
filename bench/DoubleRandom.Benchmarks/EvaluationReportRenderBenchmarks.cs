using BenchmarkDotNet.Attributes;
using DoubleRandom.Analytics.Evaluation.Rendering;
using DoubleRandom.Analytics.Tests.Evaluation.Rendering;
using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Model;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Benchmarks;

/// <summary>
/// The evaluation report's renderer (ADR 0032) on a report the size of a bureau with 1,000,000 targets: 2,000 officers
/// (their table runs to some 60 pages), 17 regions, 21 industries, 120 tasks, 60 items, ROC and PR curves of 500 points.
/// The setup writes both documents to <c>$TMPDIR/evaluation-report-bench.{pdf,html}</c> and prints their sizes.
/// </summary>
[MemoryDiagnoser]
public class EvaluationReportRenderBenchmarks
{
    private readonly EvaluationReportRenderer renderer = new(Options.Create(new ReportOptions()));
    private EvaluationReport report = null!;

    [Params(ReportFormat.Pdf, ReportFormat.Html)]
    public ReportFormat Format { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        report = Large();
        var bytes = renderer.Render(report, Format);
        var path = Path.Combine(Path.GetTempPath(), $"evaluation-report-bench.{Format.ToString().ToLowerInvariant()}");
        File.WriteAllBytes(path, bytes);
        Console.WriteLine($"// {Format}: {bytes.Length:N0} bytes → {path}");
    }

    [Benchmark]
    public int EvaluationReportRender() => renderer.Render(report, Format).Length;

    private static EvaluationReport Large()
    {
        var full = ReportFixture.Full();
        var regions = Enumerable.Range(1, 17).Select(i => ($"4201{i:D2}", $"第{i}区")).ToList();
        var industries = Enumerable.Range(0, 21).Select(i => (((char)('A' + i)).ToString(), $"行业门类{(char)('A' + i)}")).ToList();
        CoverageRow Row(string dimension, string key, string label, int i) =>
            new(dimension, key, label, 60_000 - (i * 1000), 3000 - (i * 50), 2900 - (i * 50), 0.05, 0.048);
        var coverage = full.Coverage with
        {
            Rows = [.. full.Coverage.Rows.Where(r => r.Dimension == "tier"), .. regions.Select((r, i) => Row("region", r.Item1, r.Item2, i)), .. industries.Select((r, i) => Row("industry", r.Item1, r.Item2, i))],
            Tasks = [.. Enumerable.Range(1, 120).Select(i => new TaskCoverageRow(Guid.CreateVersion7(), $"2026年第{i}项双随机抽查任务", 0.05, 8000, 400, 390, 0.05, 0.04875, i % 2 == 0 ? "Tier" : null))],
        };
        var hitRates = full.HitRates with { ByItem = [.. Enumerable.Range(1, 60).Select(i => new HitRateRow($"item{i}", $"检查事项{i}", 1600, 100 + i, (100 + i) / 1600.0))] };
        var estimates = full.Estimates with { ByRegion = [.. regions.Select((r, i) => full.Estimates.Overall! with { Key = r.Item1, Label = r.Item2, SampleSize = 5800 + i })] };
        var fairness = full.Fairness with
        {
            Officers = [.. Enumerable.Range(1, 2000).Select(i => new OfficerRow(Guid.CreateVersion7(), $"ZF{i:D4}", $"执法员{i}", $"第{(i % 17) + 1}分局", 25 + (i % 11), 30, (25 + (i % 11)) / 30.0, 400 + (i % 97)))],
        };
        var model = full.Model with
        {
            Roc = [.. Enumerable.Range(0, 500).Select(i => new CurvePoint(i / 499.0, Math.Sqrt(i / 499.0)))],
            PrecisionRecall = [.. Enumerable.Range(1, 500).Select(i => new CurvePoint(i / 500.0, 0.6 - (i * 0.0008)))],
        };
        return full with { Coverage = coverage, HitRates = hitRates, Estimates = estimates, Fairness = fairness, Model = model };
    }
}
