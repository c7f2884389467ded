using System.Globalization;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Rosters.Reference.Queries.ListEnums;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Draws;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Queries.GetDrawRecord;

/// <summary>
/// Gathers the record in words (ADR 0015): user names become 姓名（单位）, department and unit codes become names, the
/// parameters become sentences and a strata table, approved amendments become sentences; the renderer only lays it out.
/// </summary>
public sealed class GetDrawRecordHandler(IApplicationDbContext db, IDrawRecordRenderer renderer, IAuditLog audit)
    : IQueryHandler<GetDrawRecordQuery, byte[]>
{
    public async ValueTask<byte[]> Handle(GetDrawRecordQuery query, CancellationToken cancellationToken)
    {
        var draw = await db.GetDrawAsync(query.DrawId, cancellationToken);
        Rule.Check(draw.Status == DrawStatus.Sealed, RuleCodes.DrawNotSealedForRecord);
        if (!draw.IsRevealed)
        {
            await audit.RecordReadAsync("Draw", draw.Id.ToString(), "record printed before reveal", cancellationToken);
        }

        var task = await db.InspectionTasks.AsNoTracking().FirstAsync(t => t.Id == draw.TaskId, cancellationToken);
        var settings = task.Settings;
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, StringComparer.Ordinal, cancellationToken);
        string Department(string code) => departments.GetValueOrDefault(code, code);
        var itemIds = settings.ItemIds;
        var items = await db.InspectionItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).OrderBy(i => i.Name)
            .Select(i => new { i.Name, i.DepartmentCode }).ToListAsync(cancellationToken);
        var result = (await DrawResults.LoadAsync(db, [draw.Id], cancellationToken))[0];
        var amendments = await db.DrawAmendments.AsNoTracking().Where(a => a.DrawId == draw.Id && a.Status == AmendmentStatus.Approved)
            .ToListAsync(cancellationToken);
        amendments = [.. amendments.OrderBy(a => a.DecidedAtUtc).ThenBy(a => a.Id)];

        var logins = new[] { draw.PreparedBy, draw.ExecutedBy!, draw.SupervisedBy! }
            .Concat(amendments.SelectMany(a => new[] { a.RequestedBy, a.DecidedBy! })).Distinct(StringComparer.Ordinal).ToList();
        var users = await db.Users.AsNoTracking().Where(u => logins.Contains(u.UserName))
            .Select(u => new { u.UserName, u.DisplayName, u.UnitId }).ToListAsync(cancellationToken);
        var officerIds = result.Groups.SelectMany(g => g.Officers.Select(o => o.OfficerId))
            .Concat(amendments.Select(a => a.OfficerId).OfType<Guid>()).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.Number, o.UnitId }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var unitIds = users.Select(u => u.UnitId).OfType<Guid>().Concat(officers.Values.Select(o => o.UnitId)).Concat(settings.OfficerScope.UnitIds)
            .Distinct().ToList();
        var units = await db.BranchUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);

        string Person(string login) => users.FirstOrDefault(u => u.UserName == login) is { } u
            ? DrawRecordWords.Person(u.DisplayName, u.UnitId is { } id ? units.GetValueOrDefault(id) : null)
            : login;
        string Officer(Guid id) => officers.TryGetValue(id, out var o) ? $"{o.Name}（{o.Number}，{units.GetValueOrDefault(o.UnitId)}）" : id.ToString();

        var parameters = draw.Parameters();
        var strata = draw.Strata().Select(s => new RecordStratum(
            DrawRecordWords.Stratum(s.Stratum), s.Population, DrawRecordWords.Rule(settings.Strata.FirstOrDefault(r => r.Key == s.Stratum)), s.SampleSize)).ToList();
        var groups = result.Groups.Select(g => new RecordGroup(g.Number, [.. g.Officers.Select(o => new RecordOfficer(
            o.Name, o.Number, officers.TryGetValue(o.OfficerId, out var officer) ? units.GetValueOrDefault(officer.UnitId) : null, o.Leader, o.ByAmendment))], g.Targets)).ToList();
        var placedTargets = result.Groups.SelectMany(g => g.Targets).DistinctBy(t => t.Code).ToDictionary(t => t.Code, StringComparer.Ordinal);

        var people = new List<RecordLine>
        {
            new("准备人", Person(draw.PreparedBy)),
            new("抽取人", Person(draw.ExecutedBy!)),
            new("确认人（监督）", Person(draw.SupervisedBy!)),
        };
        if (amendments.Count > 0)
        {
            people.Add(new("变更批准人", string.Join("、", amendments.Select(a => Person(a.DecidedBy!)).Distinct(StringComparer.Ordinal))));
        }

        var amendmentDigest = AmendmentListDigest.Of(amendments);
        var digests = new List<RecordLine>
        {
            new("参数摘要", draw.ParamsDigest),
            new("检查对象名录根", draw.TargetsRoot),
            new("执法检查人员名录根", draw.OfficersRoot),
            new("回避关系根", draw.RecusalsRoot),
            new("承诺值 C", draw.Commitment),
            new("结果摘要（封存）", draw.ResultDigest!),
            new("变更清单摘要", amendmentDigest ?? "无（没有已批准的变更）"),
        };

        var sentences = amendments.Select(a =>
        {
            var reason = EnumCatalogue.Chinese(a.Reason) + (string.IsNullOrWhiteSpace(a.Note) ? string.Empty : $"（{a.Note}）");
            var change = a.Kind == AmendmentKind.ReplaceOfficer
                ? $"{Officer(a.OfficerId!.Value)} 更换为 {Officer(a.ReplacementOfficerId!.Value)}"
                : $"人工分配检查对象 {(placedTargets.TryGetValue(a.TargetCode!, out var t) ? $"{t.Name}（{t.Code}）" : a.TargetCode)}";
            return string.Create(CultureInfo.InvariantCulture,
                $"第 {a.GroupNumber} 组：{change}；原因：{reason}；申请人：{Person(a.RequestedBy)}；批准人：{Person(a.DecidedBy!)}，{a.DecidedAtUtc!.Value.ToShanghai():yyyy-MM-dd HH:mm:ss}（北京时间）批准。");
        }).ToList();

        var url = $"{query.VerifyBaseUrl.TrimEnd('/')}/api/v1/public/draws/{draw.Id}?digest={draw.ResultDigest}";
        return renderer.Render(new DrawRecordModel(
            draw.Id, task.Name, task.Year, [.. items.Select(i => $"{i.Name}（{Department(i.DepartmentCode)}）")],
            DrawRecordWords.Parameters(settings, draw.DrawDate, parameters.RequiredDepartments, Department,
                [.. settings.OfficerScope.UnitIds.Select(id => units.GetValueOrDefault(id, id.ToString()))]),
            DrawRecordWords.Exclusions(settings.Exclusions), strata, people, draw.PreparedAtUtc.ToShanghai(), draw.ExecutedAtUtc!.Value.ToShanghai(),
            draw.Entropy!, digests, groups, result.Unassigned, sentences,
            [new("抽取人（签字）", Person(draw.ExecutedBy!)), new("监督人（签字）", Person(draw.SupervisedBy!)), new("领导（签字）", string.Empty)], url));
    }
}
