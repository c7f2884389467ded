using DoubleRandom.Api.Idempotency;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Publication;
using DoubleRandom.Application.Publication.Commands.PublishTask;
using DoubleRandom.Application.Publication.Queries.GetTaskPublication;
using DoubleRandom.Application.Publication.Queries.ListPublications;
using DoubleRandom.Domain.Publication;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/tasks/{taskId}/publication and /api/v1/publications — publishing a task's results (一公开) within 20 working days.</summary>
public static class PublicationEndpoints
{
    public static RouteGroupBuilder MapPublications(this RouteGroupBuilder api)
    {
        var task = api.MapGroup("/tasks/{taskId:guid}/publication").WithTags("Publication 结果公示");
        task.MapGet("/", Get)
            .WithName("GetTaskPublication")
            .Describe("查看任务的结果公示情况", "Get a task's publication",
                "所有已登录用户，数据范围内的任务（范围外 404）。completedOn 为任务结束（关闭）当天的北京时间日期，deadlineOn 为其后第 20 个工作日（按节假日安排），workingDaysLeft 为今天到期限还剩的工作日（逾期为负，已公示或未结束为 null）；state 为 notCompleted、due、overdue、published 或 publishedLate；blockers 列出汇总表尚未签署确认的检查组号；已公示的给出 publishedAtUtc、publishedBy 和 resultCount。途经未配置节假日安排的年份时 warning 说明。",
                "Every signed-in user, tasks in their scope (404 outside). completedOn is the Asia/Shanghai date the task was closed, deadlineOn the 20th working day after it (by the holiday calendar), workingDaysLeft the working days from today to the deadline (negative once overdue, null when published or not completed); state is notCompleted, due, overdue, published or publishedLate; blockers lists the groups whose summary is not signed off; once published, publishedAtUtc, publishedBy and resultCount. A warning says when a year on the way has no holiday calendar.")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        task.MapPost("/", Publish)
            .WithName("PublishTask")
            .Describe("公示任务的检查结果", "Publish a task's results",
                "抽取人、系统管理员，数据范围内的任务（范围外 404）。须任务已结束（409 task-not-closed）、尚未公示（409 already-published）、每个检查组的汇总表都已签署确认（409 groups-not-signed-off，列出组号）。为每个检查对象的每个事项写一条公示结果（对象名称、代码、类别、事项、结果类别、检查日期、公示日期、检查实施机关），不含发现的问题、证据和执法人员信息；公示和每一行都记入审计。返回公示情况。",
                "Operators and administrators, tasks in their scope (404 outside). The task must be closed (409 task-not-closed), not yet published (409 already-published), and every group's summary signed off (409 groups-not-signed-off, naming the groups). Writes one public result per target and item (target name, code and kind, item, result category, inspection date, publication date, the inspecting authority) — no findings, evidence or inspectors; the publication and every row are audited. Answers the publication.")
            .RequireAuthorization(Policies.PublicationManage)
            .ProducesProblem(404)
            .ProducesConflict("task-not-closed", "already-published", "groups-not-signed-off", "task-archived")
            .Idempotent();
        api.MapGet("/publications", List)
            .WithTags("Publication 结果公示")
            .WithName("ListPublications")
            .Describe("结果公示列表（含逾期）", "List publications (overdue included)",
                "所有已登录用户，只列出数据范围内已结束的任务，按公示期限升序。status 筛选：due 待公示、overdue 已逾期未公示、published 已公示（含逾期公示）。",
                "Every signed-in user; closed tasks in their scope only, the earliest deadline first. Filter status: due (to publish), overdue (deadline passed, not published), published (in time or late).")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<TaskPublicationDto>> Get(Guid taskId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetTaskPublicationQuery(taskId), ct));

    private static async Task<Ok<TaskPublicationDto>> Publish(Guid taskId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new PublishTaskCommand(taskId), ct));

    private static async Task<Ok<PagedResult<PublicationListItemDto>>> List(IMediator mediator, CancellationToken ct,
        [QueryEnum(typeof(PublicationStatusFilter))] string? status = null, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListPublicationsQuery(QueryEnum.Parse<PublicationStatusFilter>(status, "status"), page, pageSize), ct));
}
