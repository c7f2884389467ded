using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Spreadsheets;
using Mediator;

namespace DoubleRandom.Application.Inspections.Queries.ExportGroupSummary;

/// <summary>
/// The PDF through the renderer port; the workbook through <see cref="IWorkbookWriter"/>: a sheet 汇总表 with a row per
/// item result (one row 未检查 for a target without a record), a sheet 签名 with the signatures, and a sheet 说明 with the
/// task, the group, the status and the content hash the signatures are bound to.
/// </summary>
public sealed class ExportGroupSummaryHandler(
    IApplicationDbContext db, SummaryAccess access, IGroupSummaryRenderer renderer, IWorkbookWriter workbooks)
    : IQueryHandler<ExportGroupSummaryQuery, GroupSummaryFile>
{
    public async ValueTask<GroupSummaryFile> Handle(ExportGroupSummaryQuery query, CancellationToken cancellationToken)
    {
        await access.EnsureReadableAsync(query.TaskId, query.GroupNumber, cancellationToken);
        var summary = await GroupSummaries.LoadAsync(db, query.TaskId, query.GroupNumber, cancellationToken);
        var content = query.Format == SummaryFormat.Pdf ? renderer.Render(summary) : Workbook(summary);
        return new GroupSummaryFile(summary.TaskName, summary.GroupNumber, content);
    }

    private byte[] Workbook(GroupSummaryDto s)
    {
        var rows = s.Targets.SelectMany(t => t.Items.Count == 0
            ? [Row(t, null)]
            : t.Items.Select(i => Row(t, i))).ToList();
        return workbooks.Write(
        [
            new Sheet("汇总表", ["检查对象", "统一社会信用代码", "地址", "检查方式", "检查时间（北京时间）", "检查事项", "检查结果", "发现的问题", "法律依据", "整改期限", "签收情况"], rows),
            new Sheet("签名", ["组员", "组长", "签名时间（北京时间）", "签署的内容摘要（SHA-256）", "是否与当前内容一致"],
                [.. s.Signatures.Select(g => new object?[] { g.OfficerName, g.Leader ? "是" : "否", SummaryWords.Time(g.SignedAtUtc), g.ContentSha256, g.Current ? "是" : "否（已失效）" })]),
            new Sheet("说明", ["项目", "内容"],
            [
                ["任务", $"{s.TaskName}（{s.TaskYear} 年度）"],
                ["检查组", $"第 {s.GroupNumber} 组"],
                ["组员", string.Join("、", s.Members.Select(m => $"{(m.Leader ? "组长" : "组员")} {m.Name}（{m.Number}）"))],
                ["状态", SummaryWords.Status(s)],
                ["内容摘要（SHA-256）", s.ContentSha256],
            ]),
        ]);
    }

    private static object?[] Row(SummaryTargetDto t, SummaryItemDto? i) =>
    [
        t.Name, t.Code, t.Address, SummaryWords.Method(t), SummaryWords.Period(t), i?.ItemName, i is null ? SummaryWords.NotInspected : i.ResultCategoryName,
        i?.Findings, i?.LegalBasis, i is null ? null : SummaryWords.Deadline(i), SummaryWords.Acknowledgement(t),
    ];
}
