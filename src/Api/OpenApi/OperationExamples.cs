using DoubleRandom.Api.Endpoints;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Identity.Auth;
using DoubleRandom.Application.Identity.Auth.Commands.Login;
using DoubleRandom.Application.Identity.Confirmations.Commands.CreateConfirmation;
using DoubleRandom.Application.Identity.Users;
using DoubleRandom.Application.Tasks;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;
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
    private const string Digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

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
        sealedDraw ? Digest : null, null, null, false, null, null);

    private static readonly DrawResultDto Result = new(
        DrawId, Digest,
        [
            new DrawGroupDto(1,
                [new GroupOfficerDto(OperatorId, "NX6401001", "李组长", true, false), new GroupOfficerDto(SupervisorId, "NX6401007", "张检查", false, false)],
                [new GroupTargetDto("91640100MA76XXXX1A", "银川市某某食品有限公司", "银川市兴庆区解放西街 1 号", "B", 0.1, false)]),
        ],
        []);

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
            ["CreateTask"] = (
                new TaskEndpoints.TaskRequest(
                    2026, "2026年食品经营抽查", [ItemId], "amr", new TargetScopeInput(null, ["6401"], null, null, null, null), [UnitId],
                    new ExclusionRules(false, true, true), Strata, 3, 3, 30, 2, new DateOnly(2026, 12, 31), false, null),
                new Dictionary<int, object>
                {
                    [201] = new TaskDto(TaskId, 2026, "2026年食品经营抽查",
                        new TaskSettings([ItemId], "amr", new TargetScope([], ["6401"], [], [], [], [Domain.Rosters.TargetStatus.Active]),
                            new OfficerScope([UnitId]), new ExclusionRules(false, true, true), Strata, 3, 3, 30, 2, new DateOnly(2026, 12, 31), false),
                        InspectionTaskStatus.Draft, false, null, null, null, 1),
                    [400] = FieldErrors(),
                }),
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
        };
}
