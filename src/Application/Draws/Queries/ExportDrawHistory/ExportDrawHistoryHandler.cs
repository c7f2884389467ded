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
public sealed class ExportDrawHistoryHandler(IApplicationDbContext db, UnitScope scope, IAuditLog audit, IWorkbookWriter writer)
    : IQueryHandler<ExportDrawHistoryQuery, byte[]>
{
    /// <summary>The most rows one export holds; narrow the filters (year, task, unit, officer, target) for more.</summary>
    public const int MaxRows = 10_000;

    public async ValueTask<byte[]> Handle(ExportDrawHistoryQuery query, CancellationToken cancellationToken)
    {
        var keys = await DrawHistoryGroups.SelectAsync(
            db, scope, query.Year, query.TaskId, query.UnitId, query.OfficerId, query.TargetCode, cancellationToken);
        var picked = await keys.Take(MaxRows + 1).ToListAsync(cancellationToken);
        if (picked.Count > MaxRows)
        {
            throw RequestValidationException.ForField("filters", Text.Of(
                "抽取历史导出最多 10,000 行，请按年度、任务、单位、执法人员或检查对象缩小范围",
                "A history export holds at most 10,000 rows; narrow it by year, task, unit, officer or target."));
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
