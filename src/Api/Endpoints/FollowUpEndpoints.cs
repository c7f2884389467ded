using DoubleRandom.Api.Idempotency;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Inspections.FollowUps;
using DoubleRandom.Application.Inspections.FollowUps.Commands.HandOverFollowUp;
using DoubleRandom.Application.Inspections.FollowUps.Commands.TransitionFollowUp;
using DoubleRandom.Application.Inspections.FollowUps.Queries.GetFollowUp;
using DoubleRandom.Application.Inspections.FollowUps.Queries.ListFollowUps;
using DoubleRandom.Application.Inspections.FollowUps.Queries.ListOverdueFollowUps;
using DoubleRandom.Domain.Inspections.FollowUps;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DoubleRandom.Api.Endpoints;

/// <summary>
/// After the inspection (§6.2.4, §7.1): findings handed over to a supervising unit, their status one step at a time,
/// and the overdue list per unit. docs/after-inspection.md is the guide.
/// </summary>
public static class FollowUpEndpoints
{
    public sealed record HandOverRequest(Guid? ItemId, Guid? SupervisingUnitId, DateOnly? Deadline, string? Note);

    public sealed record TransitionRequest(FollowUpStatus? Status, string? Note);

    public static RouteGroupBuilder MapFollowUps(this RouteGroupBuilder api)
    {
        api.MapPost("/inspection-records/{id:guid}/follow-ups", HandOver)
            .WithTags("After inspection 检查后续")
            .WithName("HandOverFollowUp")
            .Describe("移交后续处置", "Hand a finding over for follow-up",
                "本检查组成员（任务结束后也可以），或能看到该任务的抽取人、领导（其他人 404）。记录须为最终结果（汇总表已签署或任务已结束），否则 409 record-not-final。把记录中一个检查事项的问题（结果类别须为“发现问题”的类别，否则 409 follow-up-no-problem）移交给指定的承办单位（派出机构，须存在且未撤销，否则 400 supervisingUnitId），并给出处置期限（北京时间的日期，不能早于今天，也不能晚于今天起 5 年，否则 400 deadline）。问题的结果类别和问题描述从记录中复制。同一记录同一事项只能有一个未办结的后续处置：再次移交 409 follow-up-exists，existingId 为已有的后续处置。响应的 ETag 用于变更状态时的 If-Match。",
                "Members of the record's group (also once the task is closed), or operators and leaders who see the task (404 for anyone else). The record must be final (summary signed off or task closed), else 409 record-not-final. Hands one item's finding (its result category must indicate a problem, else 409 follow-up-no-problem) to the named supervising unit (a branch unit that exists and is not retired, else 400 supervisingUnitId) with a deadline (an Asia/Shanghai date, not before today and at most 5 years ahead, else 400 deadline). The result category and findings are copied from the record. One open follow-up per record and item: a second one is 409 follow-up-exists with the open one as existingId. The response's ETag goes into If-Match to change the status.")
            .RequireAuthorization(Policies.FollowUpsWork)
            .Produces<FollowUpDto>(StatusCodes.Status201Created)
            .WithResponseHeader(StatusCodes.Status201Created, ResponseHeadersOperationFilter.ETag)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("record-not-final", "follow-up-no-problem", "follow-up-exists", "task-archived")
            .Idempotent();

        var followUps = api.MapGroup("/follow-ups").WithTags("After inspection 检查后续");
        followUps.MapGet("/", List)
            .WithName("ListFollowUps")
            .Describe("后续处置列表", "List follow-ups",
                "执法检查人员、抽取人、领导、监督人、系统管理员、分析人员。只列出调用者能看到的后续处置：所属任务在其数据范围内，或承办单位是本单位或下级单位。可按承办单位（unitId）、状态（status）、是否逾期（overdue=true 只看逾期，false 只看未逾期）、任务（taskId）和检查记录（recordId，即一份记录的全部后续处置）筛选；分页、排序（deadline、handedOverAtUtc、targetCode、updatedAtUtc，前加 - 为降序）。",
                "Inspectors, operators, leaders, supervisors, administrators and analysts. Only the follow-ups the caller sees: of a task in their data scope, or handed to their unit or a unit below it. Filter by supervising unit (unitId), status, overdue (true: overdue only; false: not overdue), task (taskId) and record (recordId: all follow-ups of one record); paging and sorting (deadline, handedOverAtUtc, targetCode, updatedAtUtc; prefix - for descending).")
            .RequireAuthorization(Policies.FollowUpsRead)
            .Produces<PagedResult<FollowUpDto>>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
        followUps.MapGet("/overdue", Overdue)
            .WithName("ListOverdueFollowUps")
            .Describe("逾期的后续处置（按承办单位）", "Overdue follow-ups per supervising unit",
                "同后续处置列表的角色和范围。逾期：状态仍为已移交或处置中，且处置期限早于今天（北京时间）；已整改、已立案、已办结的不算逾期。按承办单位分组（逾期件数多的在前），每组给出全部件数，并列出期限最早的至多 100 件（其余用 GET /follow-ups?unitId=…&overdue=true 分页查看）。",
                "The roles and scope of the follow-up list. Overdue: still handed over or in progress and the deadline is before today (Asia/Shanghai); rectified, case-filed and closed ones are never overdue. Grouped per supervising unit (most overdue first), each with its full count and at most 100 of its follow-ups, earliest deadline first (page through the rest with GET /follow-ups?unitId=…&overdue=true).")
            .RequireAuthorization(Policies.FollowUpsRead)
            .Produces<OverdueFollowUpsDto>(StatusCodes.Status200OK);
        followUps.MapGet("/{id:guid}", Get)
            .WithName("GetFollowUp")
            .Describe("查看后续处置", "Get a follow-up",
                "能看到其任务或其承办单位的用户（其他人 404）。包括全部处置记录（每一步的原状态、新状态、说明、操作人和时间）。ETag 为版本号：变更状态时放在 If-Match 中。",
                "Whoever sees its task or its supervising unit (404 for anyone else). With its whole history (each step's from and to status, note, who and when). The ETag is the version: send it as If-Match to change the status.")
            .RequireAuthorization(Policies.FollowUpsRead)
            .Produces<FollowUpDto>(StatusCodes.Status200OK)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.ETag)
            .ProducesProblem(404);
        followUps.MapPost("/{id:guid}/transitions", Transition)
            .WithName("TransitionFollowUp")
            .Describe("变更后续处置状态", "Move a follow-up on",
                "承办单位（或其上级单位）的执法检查人员、抽取人、领导（按本人所在单位及下级单位判断，系统管理员、分析人员等全局只读角色不扩大此范围）；只通过任务看到它的人 403 follow-up-not-supervising-unit，看不到的人 404。状态逐步推进：已移交→处置中→已整改或已立案→已办结；跳步、回退或已办结后再变更 409 follow-up-transition（字段 status）。可附说明（不超过 2000 字）。须在 If-Match 中回传读取时的 ETag（缺少时 400 If-Match，* 表示不检查）；期间被修改则 409 stale-version。每一步记入处置记录和审计。",
                "Inspectors, operators and leaders of the supervising unit (or a unit above it), judged by the caller's own unit and the units below it (a read-only bureau-wide role such as administrator or analyst does not widen it); those who see it only through the task get 403 follow-up-not-supervising-unit, others 404. One step at a time: handed over → in progress → rectified or case filed → closed; skipping a step, going back or changing a closed one is 409 follow-up-transition (field status). An optional note (at most 2000 characters). Send the ETag you read as If-Match (400 If-Match when missing; * skips the check); a follow-up changed since is 409 stale-version. Every step goes into its history and the audit trail.")
            .RequireAuthorization(Policies.FollowUpsWork)
            .Produces<FollowUpDto>(StatusCodes.Status200OK)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.ETag)
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404)
            .WithRequestHeader("If-Match")
            .ProducesConflict("follow-up-transition", "stale-version", "task-archived")
            .Idempotent();
        return api;
    }

    private static async Task<Created<FollowUpDto>> HandOver(Guid id, HandOverRequest r, IMediator mediator, HttpContext context, CancellationToken ct)
    {
        var followUp = await mediator.Send(new HandOverFollowUpCommand(id, r.ItemId, r.SupervisingUnitId, r.Deadline, r.Note), ct);
        context.Response.Headers.ETag = ETagOf(followUp);
        return TypedResults.Created($"/api/v1/follow-ups/{followUp.Id}", followUp);
    }

    private static async Task<Ok<PagedResult<FollowUpDto>>> List(
        IMediator mediator, CancellationToken ct, Guid? unitId = null, [QueryEnum(typeof(FollowUpStatus))] string? status = null, bool? overdue = null, Guid? taskId = null,
        Guid? recordId = null, int page = 1, int pageSize = 20, [SortQuery(typeof(ListFollowUpsQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(new ListFollowUpsQuery(unitId, QueryEnum.Parse<FollowUpStatus>(status, "status"), overdue, taskId, recordId, page, pageSize, sort), ct));

    private static async Task<Ok<OverdueFollowUpsDto>> Overdue(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOverdueFollowUpsQuery(), ct));

    private static async Task<Ok<FollowUpDto>> Get(Guid id, IMediator mediator, HttpContext context, CancellationToken ct)
    {
        var followUp = await mediator.Send(new GetFollowUpQuery(id), ct);
        context.Response.Headers.ETag = ETagOf(followUp);
        return TypedResults.Ok(followUp);
    }

    private static async Task<Ok<FollowUpDto>> Transition(
        Guid id, TransitionRequest r, IMediator mediator, HttpContext context, CancellationToken ct,
        [FromHeader(Name = "If-Match")] string? ifMatch = null)
    {
        var followUp = await mediator.Send(new TransitionFollowUpCommand(id, VersionOf(ifMatch), r.Status, r.Note), ct);
        context.Response.Headers.ETag = ETagOf(followUp);
        return TypedResults.Ok(followUp);
    }

    /// <summary>A follow-up's ETag is its version, quoted: it changes with every step.</summary>
    private static string ETagOf(FollowUpDto followUp) => $"\"{followUp.Version}\"";

    /// <summary>
    /// The version If-Match names: required; <c>*</c> checks nothing (null); a tag that is not a version matches no
    /// follow-up (409 stale-version, by asking for version 0).
    /// </summary>
    private static int? VersionOf(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw RequestValidationException.ForField("If-Match", FollowUpTexts.IfMatchRequired);
        }

        var tag = ifMatch.Split(',')[0].Trim();
        if (tag == "*")
        {
            return null;
        }

        tag = tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
        return int.TryParse(tag.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : 0;
    }
}
