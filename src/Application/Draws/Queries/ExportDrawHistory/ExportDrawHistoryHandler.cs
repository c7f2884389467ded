using System.Globalization;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Common.Spreadsheets;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries.ExportDrawHistory;

/// <summary>
/// One sheet, 抽取历史, a row per entry of the history list in its order (newest draw first): the draw, the group, its
/// leader and members, its targets (code and name), attachments and the result digest. Unrevealed draws exported are
/// audited reads, as the list's are.
/// </summary>
public sealed class ExportDrawHistoryHandler(IApplicationDbContext db, UnitScope scope, IAuditLog audit, IWorkbookWriter writer, DrawExportLimits limits)
    : IQueryHandler<ExportDrawHistoryQuery, byte[]>
{
    public async ValueTask<byte[]> Handle(ExportDrawHistoryQuery query, CancellationToken cancellationToken)
    {
        var keys = await DrawHistoryGroups.SelectAsync(
            db, scope, query.Year, query.TaskId, query.UnitId, query.OfficerId, query.TargetCode, cancellationToken);
        // The most rows one export holds; narrow the filters (year, task, unit, officer, target) for more. No one
        // parameter is wrong: the error is keyed "query", the query string as a whole (docs/problems.md).
        var max = limits.HistoryExportMaxRows;
        var picked = await keys.Take(max + 1).ToListAsync(cancellationToken);
        if (picked.Count > max)
        {
            throw RequestValidationException.ForField("query", Text.Of(
                $"抽取历史导出最多 {max} 行，请按年度、任务、单位、执法人员或检查对象缩小范围",
                $"A history export holds at most {max} rows; narrow it by year, task, unit, officer or target."));
        }

        var entries = await DrawHistoryGroups.EntriesAsync(db, audit, picked, cancellationToken);
        return writer.Write([new Sheet(
            "抽取历史",
            ["任务", "年度", "抽取日期", "组号", "组长", "组员", "检查对象", "检查对象数", "附件数", "结果摘要", "抽取编号"],
            [.. entries.Select(e => new object?[]
            {
                e.TaskName, e.Year, e.DrawDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Group.Number,
                string.Join("、", e.Group.Officers.Where(o => o.Leader).Select(o => o.Name)),
                string.Join("、", e.Group.Officers.Where(o => !o.Leader).Select(o => o.Name)),
                string.Join("；", e.Group.Targets.Select(t => $"{t.Code} {t.Name}")),
                e.Group.Targets.Count, e.Attachments.Count, e.ResultDigest, e.DrawId.ToString(),
            })])]);
    }
}
