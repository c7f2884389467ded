using System.Globalization;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Spreadsheets;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Rosters.Reference.Queries.ListEnums;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries.ExportDrawResult;

/// <summary>
/// Five sheets, Chinese headers: 检查组 (a row per officer as currently effective, with name and unit), 检查对象 (a row
/// per drawn target: its group, code, name, region, industry and risk tier as the roster holds them, and as sealed its
/// stratum, weight, λ and Q — DR1 records no u), 抽取参数, 分层 (N, the ratio or count, n per stratum) and 变更记录.
/// The rows are those of <c>GET /draws/{id}/result</c> (<see cref="DrawResults"/>); before reveal the export is an audited read.
/// </summary>
public sealed class ExportDrawResultHandler(IApplicationDbContext db, IWorkbookWriter writer, IAuditLog audit)
    : IQueryHandler<ExportDrawResultQuery, DrawResultWorkbook>
{
    private const string Unassigned = "未分配";

    public async ValueTask<DrawResultWorkbook> Handle(ExportDrawResultQuery query, CancellationToken cancellationToken)
    {
        var draw = await db.GetDrawAsync(query.Id, cancellationToken);
        Rule.Check(draw.Status == DrawStatus.Sealed, RuleCodes.DrawNotSealedForExport);
        if (!draw.IsRevealed)
        {
            await audit.RecordReadAsync("Draw", draw.Id.ToString(), "result exported before reveal", cancellationToken);
        }

        var taskName = await db.TaskNameAsync(draw.TaskId, cancellationToken);
        var result = (await DrawResults.LoadAsync(db, [draw.Id], cancellationToken))[0];
        var amendments = await db.DrawAmendments.AsNoTracking().Where(a => a.DrawId == draw.Id).OrderBy(a => a.CreatedAtUtc).ToListAsync(cancellationToken);
        var officers = await OfficersAsync(draw.Id, result, amendments, cancellationToken);
        var parameters = draw.Parameters();
        var sheets = new List<Sheet>
        {
            Groups(result, officers),
            await TargetsAsync(draw.Id, result, cancellationToken),
            Parameters(draw, parameters, taskName),
            Strata(draw, parameters),
            Amendments(amendments, officers),
        };
        return new DrawResultWorkbook(writer.Write(sheets), taskName, draw.DrawDate);
    }

    private static Sheet Groups(DrawResultDto result, Dictionary<Guid, (string Name, string Unit)> officers) => new(
        "检查组",
        ["组号", "角色", "执法人员编号", "姓名", "所属单位", "因变更加入"],
        [.. result.Groups.SelectMany(g => g.Officers.Select(o => new object?[]
        {
            g.Number, o.Leader ? "组长" : "组员", o.Number, o.Name, officers.GetValueOrDefault(o.OfficerId).Unit, o.ByAmendment ? "是" : "否",
        }))]);

    private async Task<Sheet> TargetsAsync(Guid drawId, DrawResultDto result, CancellationToken ct)
    {
        var sealedRows = await db.DrawSelections.AsNoTracking().Where(s => s.DrawId == drawId)
            .Select(s => new { s.TargetCode, s.Weight, s.Q }).ToDictionaryAsync(s => s.TargetCode, StringComparer.Ordinal, ct);
        var codes = sealedRows.Keys.ToList();
        var roster = await db.Targets.AsNoTracking().Where(t => codes.Contains(t.Code))
            .Select(t => new { t.Code, t.RegionCode, t.IndustrySection, t.IndustryDivision, t.RiskTier })
            .ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, ct);
        var rows = result.Groups.SelectMany(g => g.Targets.Select(t => (Group: (object)g.Number, Target: t)))
            .Concat(result.Unassigned.Select(t => (Group: (object)Unassigned, Target: t)))
            .Select(x =>
            {
                var t = x.Target;
                var s = sealedRows[t.Code];
                var r = roster.GetValueOrDefault(t.Code);
                return new object?[]
                {
                    x.Group, t.Code, t.Name, t.Address, r?.RegionCode, r?.IndustrySection, r?.IndustryDivision,
                    r?.RiskTier is { } tier ? EnumCatalogue.Chinese(tier) : null, t.Stratum, s.Weight, t.Lambda, s.Q, t.ByAmendment ? "是" : "否",
                };
            });
        return new Sheet(
            "检查对象",
            ["组号", "统一社会信用代码", "名称", "地址", "行政区划", "行业门类", "行业大类", "风险等级", "分层", "权重", "λ", "Q", "人工分配"],
            [.. rows]);
    }

    private static Sheet Parameters(Draw draw, Dr1Parameters p, string taskName) =>
        new(
            "抽取参数",
            ["项目", "内容"],
            [
                ["任务", taskName],
                ["抽取编号", draw.Id.ToString()],
                ["年度", draw.Year],
                ["抽取日期", draw.DrawDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                ["执行时间（北京时间）", draw.ExecutedAtUtc?.ToShanghai().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)],
                ["抽取人", draw.ExecutedBy],
                ["监督人", draw.SupervisedBy],
                ["检查组数", p.Groups],
                ["每组执法人员数", p.OfficersPerGroup],
                ["每组检查对象数", p.TargetsPerGroup],
                ["每组至少持证人数", p.MinCertifiedPerGroup],
                ["必须包含的部门", string.Join("、", p.RequiredDepartments)],
                ["承诺值", draw.Commitment],
                ["结果摘要", draw.ResultDigest],
            ]);

    private static Sheet Strata(Draw draw, Dr1Parameters parameters)
    {
        var allocation = parameters.Allocation;
        return new Sheet(
            "分层",
            ["分层", "名录数量", "抽取比例或数量", "抽取数量"],
            [.. draw.Strata().Select(s => new object?[]
            {
                s.Stratum, s.Population,
                allocation.GetValueOrDefault(s.Stratum) switch
                {
                    { RatioBp: { } bp } => string.Create(CultureInfo.InvariantCulture, $"{bp / 100m:0.##}%"),
                    { Count: { } count } => string.Create(CultureInfo.InvariantCulture, $"{count} 户"),
                    _ => null,
                },
                s.SampleSize,
            })]);
    }

    private static Sheet Amendments(List<DrawAmendment> amendments, Dictionary<Guid, (string Name, string Unit)> officers)
    {
        string? Name(Guid? id) => id is { } officer ? officers.GetValueOrDefault(officer).Name : null;
        return new Sheet(
            "变更记录",
            ["类别", "组号", "原执法人员", "替换为", "检查对象代码", "原因", "说明", "状态", "申请人", "审批人", "审批时间（北京时间）"],
            [.. amendments.Select(a => new object?[]
            {
                EnumCatalogue.Chinese(a.Kind), a.GroupNumber, Name(a.OfficerId), Name(a.ReplacementOfficerId), a.TargetCode,
                EnumCatalogue.Chinese(a.Reason), a.Note, EnumCatalogue.Chinese(a.Status), a.RequestedBy, a.DecidedBy,
                a.DecidedAtUtc?.ToShanghai().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            })]);
    }

    /// <summary>Every officer the sheets name (drawn, and named by an amendment): name and unit name.</summary>
    private async Task<Dictionary<Guid, (string Name, string Unit)>> OfficersAsync(
        Guid drawId, DrawResultDto result, List<DrawAmendment> amendments, CancellationToken ct)
    {
        var members = await db.DrawGroupMembers.AsNoTracking().Where(m => m.DrawId == drawId)
            .Select(m => new { m.OfficerId, m.OfficerName, m.UnitId }).ToListAsync(ct);
        var ids = result.Groups.SelectMany(g => g.Officers).Select(o => o.OfficerId)
            .Concat(amendments.SelectMany(a => new[] { a.OfficerId, a.ReplacementOfficerId }).OfType<Guid>())
            .Except(members.Select(m => m.OfficerId)).Distinct().ToList();
        var others = await db.Officers.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { OfficerId = o.Id, OfficerName = o.Name, o.UnitId }).ToListAsync(ct);
        var all = members.Concat(others).DistinctBy(m => m.OfficerId).ToList();
        var unitIds = all.Select(m => m.UnitId).Distinct().ToList();
        var units = await db.BranchUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return all.ToDictionary(m => m.OfficerId, m => (m.OfficerName, units.GetValueOrDefault(m.UnitId, string.Empty)));
    }
}
