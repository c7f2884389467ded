using DoubleRandom.Api.Endpoints;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Draws.Queries.CheckFeasibility;
using DoubleRandom.Application.Draws.Queries.CheckTarget;
using DoubleRandom.Application.Identity.Auth;
using DoubleRandom.Application.Identity.Auth.Commands.Login;
using DoubleRandom.Application.Identity.Confirmations.Commands.CreateConfirmation;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Identity.Auth.Commands.ChangePassword;
using DoubleRandom.Application.Identity.Auth.Commands.Logout;
using DoubleRandom.Application.Identity.Auth.Commands.Refresh;
using DoubleRandom.Application.Identity.Users;
using DoubleRandom.Application.Identity.Users.Commands.CreateUser;
using DoubleRandom.Application.Inspections.Categories.Commands.CreateResultCategory;
using DoubleRandom.Application.Inspections.Commands.ScanLicence;
using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Application.Publication;
using DoubleRandom.Application.Publication.Calendar;
using DoubleRandom.Application.Publication.Calendar.Queries.GetWorkingDay;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Organization.BranchUnits.Commands.CreateBranchUnit;
using DoubleRandom.Application.Organization.Departments.Commands.CreateDepartment;
using DoubleRandom.Application.Rosters.Officers;
using DoubleRandom.Application.Rosters.Officers.Commands.CreateOfficer;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Application.Rosters.Recusals.Commands.CreateRecusal;
using DoubleRandom.Application.Rosters.Reference.Queries.ListEnums;
using DoubleRandom.Application.Rosters.Targets;
using DoubleRandom.Application.Rosters.Targets.Commands.CreateTarget;
using DoubleRandom.Application.Tasks.Items.Commands.CreateInspectionItem;
using DoubleRandom.Application.Tasks;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Inspections.FollowUps;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Domain.Risk;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;

namespace DoubleRandom.Api.OpenApi;

/// <summary>
/// Examples of the main requests and responses, by operation id: the service's own request and response types, so
/// an example is written as the service would write it (same names, enums and formats) and cannot drift from the schema.
/// </summary>
internal static class OperationExamples
{
    private static readonly Guid ItemId = Guid.Parse("0b6f3c55-9d0e-4a51-8f1e-2d7c1e6a9b01");
    private static readonly Guid UnitId = Guid.Parse("5a1d2c3b-4e5f-4a6b-9c7d-8e9f0a1b2c3d");
    private static readonly Guid TaskId = Guid.Parse("3f2c1a9e-6d1b-4e0a-9a57-0c1f3f0b8e11");
    private static readonly Guid DrawId = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private static readonly Guid ConfirmationId = Guid.Parse("a8098c1a-f86e-41b6-9c4f-3d5e7a2b1c0d");
    private static readonly Guid SupervisorId = Guid.Parse("c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f");
    private static readonly Guid OperatorId = Guid.Parse("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6");
    private static readonly DateTime Prepared = new(2026, 12, 7, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Executed = new(2026, 12, 7, 2, 30, 0, DateTimeKind.Utc);
    private static readonly Guid ParentUnitId = Guid.Parse("1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b");
    private static readonly Guid OfficerId = Guid.Parse("e4f5a6b7-c8d9-4e0f-8a1b-2c3d4e5f6a7b");
    private static readonly Guid ReplacementOfficerId = Guid.Parse("f5a6b7c8-d9e0-4f1a-9b2c-3d4e5f6a7b8c");
    private static readonly Guid OfficerUserId = Guid.Parse("a6b7c8d9-e0f1-4a2b-8c3d-4e5f6a7b8c9d");

    /// <summary>Unified social credit codes whose two check characters are right (GB 11714 organisation code, GB 32100): 银川市兴庆区 and 金凤区 (640104, 640106).</summary>
    private const string TargetCode = "91640104MA76Q8K30U";
    private const string OtherTargetCode = "91640106MA77CL9H5A";
    private const string RefreshTokenValue = "rt_5c1f9a2e7b4d4c0f8e1a6b3d9c7e2f10";
    private const string Digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static readonly DateTime Inspected = new(2026, 12, 8, 1, 30, 0, DateTimeKind.Utc);

    private static readonly List<RecordItemInput> ItemResults =
    [
        new(ItemId, "ordered-to-rectify", "进货查验记录不全", "《中华人民共和国食品安全法》第五十三条", new DateOnly(2026, 12, 31)),
    ];

    private static readonly List<StratumRule> Strata =
    [
        new("A", null, 500, null), new("B", null, 1000, null), new("C", null, 1000, null), new("D", null, 2000, null),
    ];

    private static readonly UserDto Operator = new(
        OperatorId, "operator1", "王抽取", ["operator"], UnitId, false, false, Prepared, Prepared, 3, Prepared, "admin", Prepared, "admin");

    private static DrawDto Draw(bool sealedDraw) => new(
        DrawId, TaskId, "2026年食品经营抽查", 2026, sealedDraw ? DrawStatus.Sealed : DrawStatus.Prepared, new DateOnly(2026, 12, 7),
        "{\"groups\":3,\"officersPerGroup\":3,\"targetsPerGroup\":30}", Digest, Digest, Digest, Digest,
        [new StratumSize("A", 40, 2), new StratumSize("B", 120, 12), new StratumSize("C", 300, 30), new StratumSize("D", 60, 12)],
        Digest, Prepared, "operator1",
        sealedDraw ? Digest : null, sealedDraw ? Executed : null, sealedDraw ? "operator1" : null, sealedDraw ? "supervisor1" : null,
        sealedDraw ? Digest : null, null, null, false, null, null, Risk);

    private static readonly DrawRiskUse Risk = new(RiskWeighting.Score, 1000, 3, 3, 518, 2);

    private static readonly DrawResultDto Result = new(
        DrawId, Digest,
        [
            new DrawGroupDto(1,
                [new GroupOfficerDto(OperatorId, "NX6401001", "李组长", true, false), new GroupOfficerDto(SupervisorId, "NX6401007", "张检查", false, false)],
                [new GroupTargetDto(TargetCode, "银川市某某食品有限公司", "银川市兴庆区解放西街 1 号", "B", 0.1, false)]),
        ],
        []);

    private static TaskDto TaskExample() => new(TaskId, 2026, "2026年食品经营抽查",
        new TaskSettings([ItemId], "amr", new TargetScope([], ["6401"], [], [], [], [TargetStatus.Active]),
            new OfficerScope([UnitId]), new ExclusionRules(false, true, true), Strata, 3, 3, 30, 2, new DateOnly(2026, 12, 31), false,
            RiskWeighting.Score, 1000),
        InspectionTaskStatus.Draft, false, null, null, null, 1);

    private static TaskEndpoints.TaskRequest TaskBody() => new(
        2026, "2026年食品经营抽查", [ItemId], "amr", new TargetScopeInput(null, ["6401"], null, null, null, null), [UnitId],
        new ExclusionRules(false, true, true), Strata, 3, 3, 30, 2, new DateOnly(2026, 12, 31), false, null, RiskWeighting.Score, 1000);

    private static readonly Guid TargetId = Guid.Parse("b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e");
    private static readonly Guid ImportJobId = Guid.Parse("c8d9e0f1-a2b3-4c4d-8e5f-6a7b8c9d0e1f");

    private static readonly TargetDto Target = new(
        TargetId, TargetCode, TargetKind.Enterprise, "银川市塞上粮油食品有限公司", "马建国", "宁夏回族自治区银川市兴庆区解放西街 1 号", "640104",
        "F", "52", ["amr"], new DateOnly(2018, 5, 16), 500m, TargetStatus.Active, RiskTier.B, 0.1834, 3, CreditClass.A, ["食品经营"], null,
        1, false, null, 3, Prepared.AddDays(-90), "importer", Prepared.AddDays(-2), "admin");

    private static readonly ImportJobDto ImportJob = new(
        ImportJobId, ImportRoster.Targets, ImportMode.Apply, "银川市检查对象名录2026.csv",
        "5d41402abc4b2a76b9719d911017c592ae2d7f7e3b0b6c1d8f9a0e1b2c3d4e5f", 48_213_504, "gb18030", ImportJobStatus.Running,
        310_000, 500_000, 42.5, ImportJobPhase.Writing, 110_000, 500_000, 0, 0, 0, 0, null,
        $"/api/v1/import-jobs/{ImportJobId}/report", Prepared, Prepared.AddSeconds(2), null);

    private static readonly FeasibilityDto Feasibility = new(
        true, 520, 12, 46, 18, 40, 7,
        [new StratumSize("A", 40, 2), new StratumSize("B", 120, 12), new StratumSize("C", 300, 30), new StratumSize("D", 60, 12)],
        new Dictionary<string, string[]>(StringComparer.Ordinal), Risk,
        [new StratumLambdaDto("A", 40, 2, 0.0061, 0.005), new StratumLambdaDto("B", 120, 12, 0.0112, 0.01)]);

    private static readonly EnumNamesDto[] EnumNames =
    [
        new("DrawStatus", "抽取状态", [new("prepared", "已准备"), new("sealed", "已封存"), new("failed", "已失败")]),
        new("InspectionTaskStatus", "任务状态", [new("draft", "草稿"), new("prepared", "已准备"), new("drawn", "已抽取"), new("closed", "已结束")]),
    ];

    private static readonly TargetCheckDto TargetCheck = new(
        TargetCode, true, true, "B", 1, 120, 12, 12, 120, false, 0.0421, 0.1, 0.3956, 0.8125, 1,
        "抽中：Q 不大于本层阈值 τ / drawn: Q is at most the stratum threshold τ", 3,
        "风险等级来自风险模型第 3 版的评分 / the tier came from model version 3；按风险分值加权抽取，均匀份额 α = 10% / weighted by risk score with a uniform share α = 10 %");

    private static readonly string[] Checklist = ["食品经营许可证是否在有效期内", "从业人员健康证明是否齐全", "进货查验记录是否完整"];

    private static readonly CertificateDto[] Certificates =
        [new("执法证", "NX64010020190007", new DateOnly(2024, 3, 1), new DateOnly(2030, 2, 28))];

    private static HttpValidationProblemDetails FieldErrors() => new(new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["name"] = ["不能为空"],
        ["strata[1].ratioBp"] = ["必须在 0 到 10000 之间"],
    })
    {
        Type = Problems.ProblemTypes.Validation,
        Title = "请求参数无效",
        Status = 400,
        Instance = "/api/v1/tasks",
        Extensions = { ["traceId"] = "0HNFBP8ON4J6L:00000001" },
    };

    private static Microsoft.AspNetCore.Mvc.ProblemDetails Conflict(string code, string detail, string instance) => new()
    {
        Type = Problems.ProblemTypes.BusinessRule,
        Title = "违反业务规则",
        Status = 409,
        Detail = detail,
        Instance = instance,
        Extensions = { ["code"] = code, ["traceId"] = "0HNFBP8ON4J6L:00000002" },
    };

    /// <summary>Operation id → the request body's example and the examples of its responses by status.</summary>
    public static IReadOnlyDictionary<string, (object? Request, IReadOnlyDictionary<int, object> Responses)> ByOperation { get; } =
        new Dictionary<string, (object?, IReadOnlyDictionary<int, object>)>(StringComparer.Ordinal)
        {
            ["Login"] = (new LoginCommand("operator1", "correct horse battery staple"), new Dictionary<int, object>
            {
                [200] = new TokenResponse("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ...", "Bearer", 900, Prepared.AddMinutes(15), "rt_5c1f9a…", false, Operator),
                [401] = new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Type = Problems.ProblemTypes.Unauthorized,
                    Title = "身份验证失败",
                    Status = 401,
                    Detail = "用户名或密码错误",
                    Instance = "/api/v1/auth/login",
                    Extensions = { ["code"] = "invalid-credentials", ["traceId"] = "0HNFBP8ON4J6L:00000003" },
                },
            }),
            ["CreateTask"] = (TaskBody(), new Dictionary<int, object> { [201] = TaskExample(), [400] = FieldErrors() }),
            ["UpdateTask"] = (TaskBody() with { Version = 1 }, new Dictionary<int, object>()),
            ["CopyTask"] = (new TaskEndpoints.CopyTaskRequest(2027, "2027年食品经营抽查"), new Dictionary<int, object>()),
            ["GetTask"] = (null, new Dictionary<int, object> { [200] = TaskExample() }),
            ["ListTasks"] = (null, new Dictionary<int, object> { [200] = new PagedResult<TaskDto>([TaskExample()], 1, 20, 1) }),
            ["GetDraw"] = (null, new Dictionary<int, object> { [200] = Draw(true) }),
            ["ListDraws"] = (null, new Dictionary<int, object> { [200] = new PagedResult<DrawDto>([Draw(true)], 1, 20, 1) }),
            ["SearchTargets"] = (null, new Dictionary<int, object> { [200] = new PagedResult<TargetDto>([Target], 1, 20, 1) }),
            ["GetImportJob"] = (null, new Dictionary<int, object> { [200] = ImportJob }),
            ["CheckTaskFeasibility"] = (null, new Dictionary<int, object> { [200] = Feasibility }),
            ["ListEnums"] = (null, new Dictionary<int, object> { [200] = EnumNames }),
            ["PublicListDraws"] = (null, new Dictionary<int, object> { [200] = new PagedResult<DrawDto>([Draw(true)], 1, 20, 1) }),
            ["PublicGetDraw"] = (null, new Dictionary<int, object> { [200] = Draw(true) }),
            ["PublicCheckTarget"] = (null, new Dictionary<int, object> { [200] = TargetCheck }),
            ["RefreshToken"] = (new RefreshCommand(RefreshTokenValue), new Dictionary<int, object>()),
            ["Logout"] = (new LogoutCommand(RefreshTokenValue), new Dictionary<int, object>()),
            ["ChangePassword"] = (new ChangePasswordCommand("初始密码Temp#2026", "宁夏银川Abc#2026"), new Dictionary<int, object>()),
            ["CreateUser"] = (new CreateUserCommand("operator2", "马抽取", ["operator"], UnitId, null), new Dictionary<int, object>()),
            ["UpdateUser"] = (new UserEndpoints.UpdateUserRequest("马抽取", ["operator", "inspector"], UnitId, false, 2), new Dictionary<int, object>()),
            ["CreateBranchUnit"] = (new CreateBranchUnitCommand("NX640104", "银川市兴庆区市场监督管理局", ParentUnitId, "640104"), new Dictionary<int, object>()),
            ["UpdateBranchUnit"] = (new BranchUnitEndpoints.UpdateBranchUnitRequest("银川市兴庆区市场监督管理局", ParentUnitId, "640104", 1), new Dictionary<int, object>()),
            ["CreateDepartment"] = (new CreateDepartmentCommand("amr", "市场监督管理局"), new Dictionary<int, object>()),
            ["UpdateDepartment"] = (new DepartmentEndpoints.UpdateDepartmentRequest("市场监督管理局", 1), new Dictionary<int, object>()),
            ["CreateInspectionItem"] = (
                new CreateInspectionItemCommand("食品经营者落实食品安全主体责任情况检查", "amr", "《中华人民共和国食品安全法》第八十七条", Checklist, "食品安全", ItemPriority.Key),
                new Dictionary<int, object>()),
            ["UpdateInspectionItem"] = (
                new TaskEndpoints.ItemRequest("食品经营者落实食品安全主体责任情况检查", "amr", "《中华人民共和国食品安全法》第八十七条", Checklist, "食品安全", ItemPriority.Key, 1),
                new Dictionary<int, object>()),
            ["CreateTarget"] = (
                new CreateTargetCommand(TargetCode, TargetKind.Enterprise, "银川市塞上粮油食品有限公司", "马建国", "宁夏回族自治区银川市兴庆区解放西街 1 号", "640104",
                    "F", "52", ["amr"], new DateOnly(2018, 5, 16), 500m, TargetStatus.Active, RiskTier.B, CreditClass.A, ["食品经营"], null),
                new Dictionary<int, object>()),
            ["UpdateTarget"] = (
                new TargetEndpoints.UpdateTargetRequest("银川市塞上粮油食品有限公司", "马建国", "宁夏回族自治区银川市兴庆区解放西街 1 号", "640104",
                    "F", "52", ["amr"], new DateOnly(2018, 5, 16), 500m, TargetStatus.Active, RiskTier.C, CreditClass.A, ["食品经营"], null, 3),
                new Dictionary<int, object>()),
            ["CreateOfficer"] = (
                new CreateOfficerCommand("NX6401012", "杨执法", UnitId, "amr", OfficerStatus.Active, true, OfficerUserId, ["食品安全"], Certificates),
                new Dictionary<int, object>()),
            ["UpdateOfficer"] = (
                new OfficerEndpoints.UpdateOfficerRequest("杨执法", UnitId, "amr", OfficerStatus.Leave, true, OfficerUserId, ["食品安全", "特种设备"], Certificates, 2),
                new Dictionary<int, object>()),
            ["CreateRecusal"] = (
                new CreateRecusalCommand(OfficerId, OtherTargetCode, RecusalReason.Kinship, "配偶为该公司股东", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
                new Dictionary<int, object>()),
            ["UpdateRecusal"] = (
                new RecusalEndpoints.UpdateRecusalRequest(RecusalReason.Kinship, "配偶为该公司股东", new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), 1),
                new Dictionary<int, object>()),
            ["RequestAmendment"] = (
                new DrawEndpoints.AmendmentRequest(AmendmentKind.ReplaceOfficer, 1, SupervisorId, ReplacementOfficerId, null, AmendmentReason.Health, "张检查住院，无法参加检查"),
                new Dictionary<int, object>()),
            ["DecideAmendment"] = (new DrawEndpoints.DecisionRequest(true), new Dictionary<int, object>()),
            ["CreateResultCategory"] = (
                new CreateResultCategoryCommand("rectified-on-site", "发现问题已当场改正", "Problem found and rectified on the spot", true, 55),
                new Dictionary<int, object>()),
            ["UpdateResultCategory"] = (
                new InspectionEndpoints.CategoryRequest("发现问题已责令改正", "Problem found and ordered to be rectified", true, 50, false, 1),
                new Dictionary<int, object>()),
            ["CreateInspectionRecord"] = (
                new InspectionEndpoints.RecordRequest(TargetCode, InspectionMethod.OnSite, Inspected, Inspected.AddMinutes(50), "银川市兴庆区解放西街 1 号",
                    38.4872, 106.2309, ItemResults),
                new Dictionary<int, object>()),
            ["ReviseInspectionRecord"] = (
                new InspectionEndpoints.RevisionRequest(InspectionMethod.OnSite, Inspected, Inspected.AddMinutes(55), "银川市兴庆区解放西街 1 号",
                    38.4872, 106.2309, ItemResults),
                new Dictionary<int, object>()),
            ["RefuseInspectionRecord"] = (
                new InspectionEndpoints.RefusalRequest("负责人拒绝在检查记录上签字",
                    [new WitnessInput("王见证", "社区网格员", "13800000001"), new WitnessInput("李见证", "身份证 640104********1234", null)]),
                new Dictionary<int, object>()),
            ["HandOverFollowUp"] = (
                new FollowUpEndpoints.HandOverRequest(ItemId, UnitId, new DateOnly(2027, 1, 15), "进货查验记录不全，移交兴庆分局跟进整改"),
                new Dictionary<int, object>()),
            ["TransitionFollowUp"] = (
                new FollowUpEndpoints.TransitionRequest(FollowUpStatus.InProgress, "已约谈负责人，限期补齐进货查验记录"),
                new Dictionary<int, object>()),
            ["RequestCorrection"] = (
                new CorrectionEndpoints.CorrectionRequest("第 1 项的检查结果误选为“未发现问题”，现场记录显示冷藏柜温度超标", ItemResults),
                new Dictionary<int, object>()),
            ["ApproveCorrection"] = (new CorrectionEndpoints.CorrectionDecisionRequest("已核对现场照片，同意更正"), new Dictionary<int, object>()),
            ["RejectCorrection"] = (new CorrectionEndpoints.RejectCorrectionRequest("现场照片不能证明温度超标，不同意更正"), new Dictionary<int, object>()),
            ["SignGroupSummary"] = (new InspectionSummaryEndpoints.SignGroupSummaryRequest(Digest), new Dictionary<int, object>
            {
                [409] = Conflict("summary-changed", "汇总表内容已变更，请重新查看后对当前内容签名", $"/api/v1/tasks/{TaskId}/groups/1/summary/signatures"),
            }),
            ["ScanLicence"] = (null, new Dictionary<int, object>
            {
                [200] = new LicenceScanDto(LicenceScanSource.Ocr, TargetCode, true, "宁夏示例餐饮管理有限公司",
                    new LicenceScanTargetDto(TargetCode, "宁夏示例餐饮管理有限公司", TargetKind.Enterprise, "张建国", "银川市兴庆区解放西街 1 号", "640104", TargetStatus.Active),
                    [new LicenceScanAssignmentDto(TaskId, "2026年食品经营现场检查", 1)], LicenceScanStatus.Matched,
                    $"已识别：宁夏示例餐饮管理有限公司（{TargetCode}），是分配给您的检查对象"),
            }),
            ["RedactAuditEntry"] = (
                new AuditEndpoints.RedactAuditEntryRequest("依据《中华人民共和国个人信息保护法》第四十七条，应当事人申请删除其个人信息"),
                new Dictionary<int, object>()),
            ["PrepareDraw"] = (null, new Dictionary<int, object>
            {
                [201] = Draw(false),
                [409] = Conflict("task-not-draft", "任务已有准备好或已封存的抽取", $"/api/v1/tasks/{TaskId}/draws"),
            }),
            ["CreateConfirmation"] = (
                new CreateConfirmationCommand("draw.execute", DrawId.ToString(), "supervisor1", "supervisor's password"),
                new Dictionary<int, object>
                {
                    [201] = new ConfirmationDto(ConfirmationId, "draw.execute", DrawId.ToString(), SupervisorId, "supervisor1", Prepared.AddMinutes(10)),
                }),
            ["ExecuteDraw"] = (new DrawEndpoints.ExecuteRequest("见证人掷骰：3-6-1-4-2-5", ConfirmationId), new Dictionary<int, object>
            {
                [200] = Draw(true),
                [409] = Conflict("confirmation-used", "该确认已使用过", $"/api/v1/draws/{DrawId}/execute"),
            }),
            ["GetDrawResult"] = (null, new Dictionary<int, object> { [200] = Result }),
            ["PublicGetDrawResult"] = (null, new Dictionary<int, object> { [200] = Result }),
            ["GetHolidayCalendar"] = (null, new Dictionary<int, object> { [200] = CalendarExample() }),
            ["ReplaceHolidayCalendar"] = (
                new HolidayCalendarEndpoints.HolidayCalendarRequest([.. CalendarExample().Entries.Select(e => new HolidayRangeInput(e.Name, e.Kind, e.From, e.To))]),
                new Dictionary<int, object> { [200] = CalendarExample() }),
            ["SetRiskTierCutoffs"] = (
                new RiskTierEndpoints.TierCutoffsRequest(RiskTierCutoffMode.Quantiles, 0.5, 0.8, 0.95),
                new Dictionary<int, object>
                {
                    [200] = new RiskTierCutoffsDto(RiskTierCutoffMode.Quantiles, 0.5, 0.8, 0.95, false, 2,
                        new DateTime(2026, 12, 7, 8, 0, 0, DateTimeKind.Utc), "analyst1"),
                }),
            ["GetWorkingDay"] = (null, new Dictionary<int, object>
            {
                [200] = new WorkingDayDto(new DateOnly(2026, 9, 18), 20, new DateOnly(2026, 10, 22), [], null),
            }),
            ["GetTaskPublication"] = (null, new Dictionary<int, object> { [200] = Publication(published: false) }),
            ["PublishTask"] = (null, new Dictionary<int, object>
            {
                [200] = Publication(published: true),
                [409] = Conflict("groups-not-signed-off", "以下检查组的汇总表尚未签署确认，不能公示：第 2 组", $"/api/v1/tasks/{TaskId}/publication"),
            }),
            ["StartRiskTraining"] = (RiskExamples.Training, new Dictionary<int, object>
            {
                [202] = RiskExamples.RunningJob,
                [409] = Conflict("risk-job-running", "已有一个风险模型训练或评分作业未结束，请等待其完成或取消后再提交", "/api/v1/risk/trainings"),
            }),
            ["GetRiskJob"] = (null, new Dictionary<int, object> { [200] = RiskExamples.RunningJob }),
            ["GenerateEvaluationReport"] = (EvaluationReportExamples.Request, new Dictionary<int, object> { [202] = EvaluationReportExamples.Queued }),
            ["GetEvaluationReport"] = (null, new Dictionary<int, object> { [200] = EvaluationReportExamples.Succeeded }),
            ["CancelEvaluationReport"] = (null, new Dictionary<int, object>
            {
                [409] = Conflict("evaluation-report-finished", "该评估报告作业已结束，不能取消", "/api/v1/evaluation-reports/0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1b01/cancellation"),
            }),
            ["ListRiskModels"] = (null, new Dictionary<int, object> { [200] = new PagedResult<Application.Risk.Registry.RiskModelSummaryDto>([RiskExamples.Model], 1, 20, 1) }),
            ["ActivateRiskModel"] = (null, new Dictionary<int, object>
            {
                [200] = RiskExamples.Model,
                [409] = Conflict("risk-model-incompatible", "模型版本 2 的特征与当前特征定义不一致，不能启用；请用当前数据重新训练", "/api/v1/risk/models/0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c/activation"),
            }),
            ["ListPublications"] = (null, new Dictionary<int, object>
            {
                [200] = new PagedResult<PublicationListItemDto>(
                    [new(TaskId, "2026年食品经营抽查", 2026, PublicationState.Overdue, new DateOnly(2026, 9, 18), new DateOnly(2026, 10, 22), -3, null, null, null)],
                    1, 20, 1),
            }),
        };

    private static HolidayCalendarDto CalendarExample() => new(2026, false, null,
    [
        new("劳动节", CalendarDayKind.Holiday, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 5)),
        new("劳动节", CalendarDayKind.Workday, new DateOnly(2026, 5, 9), new DateOnly(2026, 5, 9)),
    ]);

    private static TaskPublicationDto Publication(bool published) => new(
        TaskId, "2026年食品经营抽查", 2026, published ? PublicationState.Published : PublicationState.Due,
        new DateOnly(2026, 9, 18), new DateOnly(2026, 10, 22), published ? null : 12, published ? [] : [2],
        published ? new DateTime(2026, 10, 9, 2, 0, 0, DateTimeKind.Utc) : null, published ? "operator1" : null, published ? 240 : null, [], null);
}
