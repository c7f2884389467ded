using System.Globalization;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Inspections;
using DoubleRandom.Infrastructure.Pdf;

namespace DoubleRandom.Infrastructure.Inspections;

/// <summary>
/// 检查结果汇总表 — a group's summary as an A4 PDF in the look of the draw record (the shared <see cref="CjkPdfWriter"/>
/// and <see cref="PdfPages"/>: subset CJK font, page footers naming the task and group): every target with its visit and
/// a table of its item results (未检查 without a record), the content hash, the signatures given and whether each is
/// current, and a signature line per member. Signed with the bureau's certificate when one is configured (ADR 0019).
/// </summary>
public sealed class GroupSummaryPdf(CjkPdfWriter writer) : IGroupSummaryRenderer
{
    private static readonly float[] Columns = [130, 110, 191, 80];

    public byte[] Render(GroupSummaryDto summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var name = string.Create(CultureInfo.InvariantCulture, $"检查结果汇总表 {summary.TaskName} 第 {summary.GroupNumber} 组");
        return writer.Write(name, string.Create(CultureInfo.InvariantCulture, $"汇总表 {summary.TaskId} 第 {summary.GroupNumber} 组"),
            $"{name} {summary.ContentSha256}", page => Compose(page, summary));
    }

    private static void Compose(PdfPages page, GroupSummaryDto s)
    {
        page.Title("检查结果汇总表");
        page.Line(string.Create(CultureInfo.InvariantCulture, $"任务：{s.TaskName}（{s.TaskYear} 年度）    检查组：第 {s.GroupNumber} 组"));
        page.Line($"检查人员：{string.Join("、", s.Members.Select(m => $"{(m.Leader ? "组长" : "组员")} {m.Name}（{m.Number}）"))}");
        page.Line(string.Create(CultureInfo.InvariantCulture,
            $"检查对象 {s.Targets.Count} 个，未检查 {s.Uninspected} 个；状态：{SummaryWords.Status(s)}"));
        foreach (var (t, i) in s.Targets.Select((t, i) => (t, i + 1)))
        {
            page.Heading(string.Create(CultureInfo.InvariantCulture, $"{i}. {t.Name}（{t.Code}）"));
            if (!t.Inspected)
            {
                page.Line($"地址：{t.Address}    {SummaryWords.NotInspected}", 9);
                continue;
            }

            page.Line($"地址：{t.Address}    检查方式：{SummaryWords.Method(t)}    检查时间：{SummaryWords.Period(t)}（北京时间）", 9);
            page.Line($"检查地点：{t.Place}    签收情况：{SummaryWords.Acknowledgement(t)}", 9);
            page.Table(["检查事项", "检查结果", "发现的问题", "整改期限"], Columns,
                [.. t.Items.Select(item => new[] { item.ItemName, item.ResultCategoryName, item.Findings ?? string.Empty, SummaryWords.Deadline(item) })]);
        }

        page.Heading("内容摘要（SHA-256，签名所针对的内容）");
        page.Line(s.ContentSha256, 8);
        page.Heading("电子签名");
        if (s.Signatures.Count == 0)
        {
            page.Line("尚无签名", 9);
        }

        foreach (var signature in s.Signatures)
        {
            page.Line(SummaryWords.Signature(signature), 9);
        }

        page.Gap();
        page.Signatures([.. s.Members.Select(m => new RecordLine(m.Leader ? "组长（签字）" : "组员（签字）", $"{m.Name}（{m.Number}）"))], null, null);
    }
}
