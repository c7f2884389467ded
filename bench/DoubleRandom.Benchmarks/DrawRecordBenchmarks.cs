using System.Globalization;
using BenchmarkDotNet.Attributes;
using DoubleRandom.Application.Draws;
using DoubleRandom.Infrastructure.Draws;

namespace DoubleRandom.Benchmarks;

/// <summary>
/// The printed draw record (ADR 0015): composing, subsetting the CJK font and writing the PDF, for a one-page record and
/// for a draw of 1,000 targets in 34 groups. The setup writes both PDFs to <c>$TMPDIR/draw-record-bench-{targets}.pdf</c> and
/// prints their sizes (pages: <c>pdfinfo</c>).
/// </summary>
[MemoryDiagnoser]
public class DrawRecordBenchmarks
{
    private DrawRecordPdf renderer = null!;
    private DrawRecordModel model = null!;

    [Params(5, 1_000)]
    public int Targets { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        renderer = new DrawRecordPdf(
            Environment.GetEnvironmentVariable("RECORD_FONT") ?? "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            new DoubleRandom.Infrastructure.Pdf.UnsignedPdf(), Microsoft.Extensions.Logging.Abstractions.NullLogger<DrawRecordPdf>.Instance);
        model = Model(Targets);
        var pdf = renderer.Render(model);
        var path = Path.Combine(Path.GetTempPath(), $"draw-record-bench-{Targets}.pdf");
        File.WriteAllBytes(path, pdf);
        Console.WriteLine($"// record of {Targets} targets: {pdf.Length:N0} bytes → {path}");
    }

    [Benchmark]
    public int DrawRecordRender() => renderer.Render(model).Length;

    private static DrawRecordModel Model(int targets)
    {
        var groupCount = Math.Max(1, (targets + 29) / 30);
        var groups = Enumerable.Range(1, groupCount).Select(g => new RecordGroup(g,
            [.. Enumerable.Range(0, 3).Select(i => new RecordOfficer($"执法员{(g * 3) + i}", $"O{(g * 3) + i:000}", "兴庆区市场监督管理局", i == 0, false))],
            [.. Enumerable.Range(0, targets).Where(t => t % groupCount == g - 1).Select(t => new GroupTargetDto(
                $"91640100MA7{t:0000000}", $"银川市兴庆区第{t}号食品经营有限公司", $"宁夏回族自治区银川市兴庆区解放东街{t}号", "B", 1, false))])).ToList();
        var digest = string.Concat(Enumerable.Repeat("0123456789abcdef", 4));
        return new DrawRecordModel(
            Guid.CreateVersion7(), "2026年食品经营抽查", 2026, ["食品经营许可情况检查（市场监管）"],
            ["检查对象范围：行政区划代码开头为 6401；状态 存续。", "执法检查人员范围：全局执法检查人员。",
             string.Create(CultureInfo.InvariantCulture, $"分组：共 {groupCount} 组，每组 3 名执法检查人员（含组长 1 名），每组至多 30 户检查对象。")],
            ["排除本年度已因相同检查事项被抽中的检查对象。", "排除本年度尚未结束的检查任务已抽中的检查对象。"],
            [new("A 级", 5000, "比例 5%", targets / 4), new("B 级", 5000, "比例 10%", targets / 4), new("C 级", 5000, "比例 10%", targets / 4),
             new("D 级", 5000, "比例 20%", targets / 4)],
            [new("准备人", "王晓明（银川市局）"), new("抽取人", "王晓明（银川市局）"), new("确认人（监督）", "赵监督（银川市局）")],
            DateTime.Now, DateTime.Now, "3-5-2-6-1-4 双色球 2026135",
            [new("参数摘要", digest), new("承诺值 C", digest), new("结果摘要（封存）", digest), new("变更清单摘要", "无（没有已批准的变更）")],
            groups, [], [], [new("抽取人（签字）", "王晓明（银川市局）"), new("监督人（签字）", "赵监督（银川市局）"), new("领导（签字）", string.Empty)],
            $"https://dr.example.gov.cn/api/v1/public/draws/{Guid.Empty}?digest={digest}");
    }
}
