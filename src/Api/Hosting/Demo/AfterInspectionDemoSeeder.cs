using DoubleRandom.Application.Draws.Commands.ExecuteDraw;
using DoubleRandom.Application.Draws.Commands.PrepareDraw;
using DoubleRandom.Application.Identity.Confirmations.Commands.CreateConfirmation;
using DoubleRandom.Application.Inspections.Commands.SignGroupSummary;
using DoubleRandom.Application.Inspections.Corrections.Commands.ApproveCorrection;
using DoubleRandom.Application.Inspections.Corrections.Commands.RequestCorrection;
using DoubleRandom.Application.Inspections.FollowUps.Commands.HandOverFollowUp;
using DoubleRandom.Application.Inspections.FollowUps.Commands.TransitionFollowUp;
using DoubleRandom.Application.Inspections.Queries.GetGroupSummary;
using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Application.Inspections.Records.Commands.CreateInspectionRecord;
using DoubleRandom.Application.Publication.Commands.PublishTask;
using DoubleRandom.Application.Tasks;
using DoubleRandom.Application.Tasks.Commands.CloseTask;
using DoubleRandom.Application.Tasks.Commands.CreateTask;
using DoubleRandom.Application.Tasks.Items.Commands.CreateInspectionItem;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Inspections.FollowUps;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Api.Hosting.Demo;

/// <summary>
/// The after-inspection demo data (docs/demo-data.md "After the inspection"), made through the real use cases on an
/// empty task table once the demo rosters exist: three tasks of 2026, each a real DR1 draw (prepared, confirmed by a
/// supervisor, executed with a witness's entropy), a record for every drawn target, every group's summary signed by its
/// member and then its leader, the task closed (revealed). Two tasks are published — the first after an approved
/// correction — and one is left closed and unpublished; five findings are handed over and moved to each follow-up state.
/// </summary>
public sealed partial class AfterInspectionDemoSeeder(IServiceProvider services, TimeProvider clock, ILogger<AfterInspectionDemoSeeder> logger)
{
    /// <summary>The closed, unpublished task's completion day: the day before the National Day holiday of the 2026 calendar.</summary>
    public static readonly DateTime UnpublishedClosedAtUtc = new(2026, 9, 30, 8, 0, 0, DateTimeKind.Utc);

    private static readonly (string Name, string RegionPrefix)[] Tasks =
    [
        ("2026年度食品经营双随机抽查（银川市）", "6401"),
        ("2026年度食品经营双随机抽查（石嘴山市）", "6402"),
        ("2026年度食品经营双随机抽查（吴忠市）", "6403"),
    ];

    private static readonly FollowUpStatus[][] FollowUpPaths =
    [
        [],
        [FollowUpStatus.InProgress],
        [FollowUpStatus.InProgress, FollowUpStatus.Rectified],
        [FollowUpStatus.InProgress, FollowUpStatus.CaseFiled],
        [FollowUpStatus.InProgress, FollowUpStatus.Rectified, FollowUpStatus.Closed],
    ];

    private readonly DemoSteps _steps = new(services);

    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        var (hasTasks, root) = await _steps.ReadAsync(async db => (
            await db.InspectionTasks.AnyAsync(ct),
            await db.BranchUnits.AsNoTracking().Where(u => u.ParentId == null).OrderBy(u => u.Code).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct)));
        if (hasTasks || root is not { } rootUnit || !await _steps.ReadAsync(db => db.Officers.AnyAsync(ct)))
        {
            return;
        }

        var started = clock.GetTimestamp();
        var users = new DemoUsers(_steps);
        var crew = new DemoCrew(
            await users.CreateAsync("demo-operator", "演示业务操作员", ["operator"], rootUnit, ct),
            await users.CreateAsync("demo-supervisor", "演示监督员", ["supervisor"], rootUnit, ct),
            await users.CreateAsync("demo-leader", "演示局领导", ["leader"], rootUnit, ct),
            users);
        Guid[] items =
        [
            await ItemAsync("食品经营许可情况", "《食品安全法》第三十五条", ct),
            await ItemAsync("食品安全管理制度检查", "《食品安全法》第四十四条", ct),
        ];

        var tasks = new List<DemoTask>();
        for (var i = 0; i < Tasks.Length; i++)
        {
            tasks.Add(await InspectAsync(crew, i, items, ct));
        }

        await CorrectAsync(crew, tasks[0], items, ct);
        await _steps.SendAsync(crew.Operator, new PublishTaskCommand(tasks[0].Id), ct);
        await _steps.SendAsync(crew.Operator, new PublishTaskCommand(tasks[1].Id), ct);
        await _steps.ReadAsync(db => db.InspectionTasks.Where(t => t.Id == tasks[2].Id)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.ClosedAtUtc, UnpublishedClosedAtUtc), ct));
        var followUps = await FollowUpsAsync(crew, tasks, items[0], ct);

        LogSeeded(logger, tasks.Count, tasks.Sum(t => t.Records.Count), followUps, clock.GetElapsedTime(started).TotalSeconds);
    }

    private async Task<Guid> ItemAsync(string name, string legalBasis, CancellationToken ct) =>
        (await _steps.SendAsync(DemoSteps.System, new CreateInspectionItemCommand(
            name, "amr", legalBasis, ["查验许可证件", "核对经营项目"], null, ItemPriority.General), ct)).Id;

    /// <summary>One task from definition to close: draw, records, signed summaries, reveal.</summary>
    private async Task<DemoTask> InspectAsync(DemoCrew crew, int index, Guid[] items, CancellationToken ct)
    {
        var (name, region) = Tasks[index];
        StratumRule[] strata = [new("A", null, null, 2), new("B", null, null, 2), new("C", null, null, 1), new("D", null, null, 1)];
        var task = await _steps.SendAsync(crew.Operator, new CreateTaskCommand(
            2026, name, items, null, new TargetScopeInput(null, [region], null, null, null, null), [], null, strata,
            2, 2, 3, 1, new DateOnly(2026, 12, 31), false), ct);
        var draw = await _steps.SendAsync(crew.Operator, new PrepareDrawCommand(task.Id), ct);
        var confirmation = await _steps.SendAsync(crew.Operator, new CreateConfirmationCommand(
            ExecuteDrawHandler.Action, draw.Id.ToString(), crew.Supervisor.Name, crew.Users.PasswordOf(crew.Supervisor)), ct);
        await _steps.SendAsync(crew.Operator, new ExecuteDrawCommand(draw.Id, $"3-5-2-6-1-{index + 1} 双色球 202613{index}", confirmation.Id), ct);

        var (members, selections) = await _steps.ReadAsync(async db => (
            await db.DrawGroupMembers.AsNoTracking().Where(m => m.DrawId == draw.Id).OrderBy(m => m.GroupNumber).ThenBy(m => m.Position).ToListAsync(ct),
            await db.DrawSelections.AsNoTracking().Where(s => s.DrawId == draw.Id && s.GroupNumber != null).OrderBy(s => s.TargetCode).ToListAsync(ct)));
        var records = new List<DemoRecord>();
        foreach (var group in members.GroupBy(m => m.GroupNumber))
        {
            var leader = await crew.Users.OfficerAsync(group.First().OfficerId, ct);
            var member = await crew.Users.OfficerAsync(group.Skip(1).First().OfficerId, ct);
            var visit = 0;
            foreach (var target in selections.Where(s => s.GroupNumber == group.Key))
            {
                // Group 2 finds a problem everywhere (findings to hand over); group 1 finds none.
                var problem = group.Key == 2;
                var start = clock.GetUtcNow().UtcDateTime.AddDays(-1).AddHours(visit++);
                var record = await _steps.SendAsync(member, new CreateInspectionRecordCommand(
                    task.Id, target.TargetCode, InspectionMethod.OnSite, start, start.AddMinutes(45), "宁夏回族自治区" + target.TargetName + "经营场所",
                    38.4872, 106.2309,
                    [.. items.Select(id => new RecordItemInput(id, problem ? "ordered-to-rectify" : "no-problem", problem ? "未按规定公示食品经营许可证" : null, null, null))]), ct);
                records.Add(new DemoRecord(record.Id, member, group.First().UnitId, problem));
            }

            var summary = await _steps.QueryAsync(member, new GetGroupSummaryQuery(task.Id, group.Key), ct);
            await _steps.SendAsync(member, new SignGroupSummaryCommand(task.Id, group.Key, summary.ContentSha256), ct);
            await _steps.SendAsync(leader, new SignGroupSummaryCommand(task.Id, group.Key, summary.ContentSha256), ct);
        }

        await _steps.SendAsync(crew.Operator, new CloseTaskCommand(task.Id), ct);
        return new DemoTask(task.Id, records);
    }

    /// <summary>A signed-off "no problem" record corrected (asked by its inspector, approved by a leader): the original stays as a version.</summary>
    private async Task CorrectAsync(DemoCrew crew, DemoTask task, Guid[] items, CancellationToken ct)
    {
        var record = task.Records.First(r => !r.Problem);
        var correction = await _steps.SendAsync(record.Member, new RequestCorrectionCommand(
            record.Id, "复核现场照片发现未公示食品经营许可证，原结果录入有误",
            [.. items.Select(id => new RecordItemInput(id, "undisclosed-information", "未在经营场所显著位置公示许可证", null, null))]), ct);
        await _steps.SendAsync(crew.Leader, new ApproveCorrectionCommand(correction.Id, "经复核照片，同意更正"), ct);
    }

    /// <summary>Five findings handed to the unit of their group's leading officer, each moved on to one of the five states.</summary>
    private async Task<int> FollowUpsAsync(DemoCrew crew, List<DemoTask> tasks, Guid itemId, CancellationToken ct)
    {
        var findings = tasks.SelectMany(t => t.Records.Where(r => r.Problem)).Take(FollowUpPaths.Length).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            var followUp = await _steps.SendAsync(finding.Member, new HandOverFollowUpCommand(
                finding.Id, itemId, finding.SupervisingUnitId, today.AddDays(30), "责令限期改正，请属地监管单位跟进"), ct);
            foreach (var status in FollowUpPaths[i])
            {
                await _steps.SendAsync(crew.Leader, new TransitionFollowUpCommand(followUp.Id, null, status, "演示：处置进展"), ct);
            }

            if (i == 1)
            {
                // The one direct change: a deadline cannot be set in the past, so the in-progress one is made overdue afterwards.
                await _steps.ReadAsync(db => db.FollowUps.Where(f => f.Id == followUp.Id)
                    .ExecuteUpdateAsync(f => f.SetProperty(x => x.Deadline, today.AddDays(-3)), ct));
            }
        }

        return findings.Count;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Demo after-inspection data: {Tasks} task(s) drawn, inspected and closed (2 published, 1 correction), {Records} record(s), {FollowUps} follow-up(s) in {Seconds:0.0} s")]
    private static partial void LogSeeded(ILogger logger, int tasks, int records, int followUps, double seconds);
}
