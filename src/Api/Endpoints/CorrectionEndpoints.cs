using DoubleRandom.Api.Idempotency;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Inspections.Corrections;
using DoubleRandom.Application.Inspections.Corrections.Commands.ApproveCorrection;
using DoubleRandom.Application.Inspections.Corrections.Commands.RejectCorrection;
using DoubleRandom.Application.Inspections.Corrections.Commands.RequestCorrection;
using DoubleRandom.Application.Inspections.Corrections.Queries.GetCorrection;
using DoubleRandom.Application.Inspections.Corrections.Queries.ListCorrections;
using DoubleRandom.Application.Inspections.Corrections.Queries.ListRecordCorrections;
using DoubleRandom.Application.Inspections.Corrections.Queries.ListRecordVersions;
using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Domain.Inspections;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>
/// Corrections of final results (更正, §7.2): a submitted result is final once its group's summary is signed off or its
/// task is closed; it then changes only by a correction that a leader of the supervising unit approves — not the person
/// who asked. Every version stays visible. docs/after-inspection.md walks through the flow.
/// </summary>
public static class CorrectionEndpoints
{
    public sealed record CorrectionRequest(string? Reason, IReadOnlyList<RecordItemInput>? Items);

    public sealed record CorrectionDecisionRequest(string? Note);

    public sealed record RejectCorrectionRequest(string? Note);

    public static RouteGroupBuilder MapCorrections(this RouteGroupBuilder api)
    {
        var records = api.MapGroup("/inspection-records").WithTags("Corrections 更正");
        records.MapPost("/{id:guid}/corrections", Request)
            .WithName("RequestCorrection")
            .Describe("申请更正检查结果", "Ask for a correction of a final result",
                "本检查组的执法检查人员，或能看到该任务的抽取人（其他人，包括其他检查组的成员，404）。仅限最终结果（汇总表已签署或任务已结束），否则 409 record-not-final（请直接修改记录）。提交完整的新结果（任务的每个事项恰好一个，校验同检查记录：缺少事项 400 items，事项不属于任务 400 items[i].itemId，类别不存在或已停用 400 items[i].resultCategoryCode）和更正理由（必填，不超过 1000 字）。与当前结果相同 409 correction-unchanged；同一记录已有待审批的更正（包括同时提交的两份申请）409 correction-pending（existingId 为该申请）。监管单位为检查组组长（有效检查组的第一名成员）所在单位，由其领导审批。申请记入审计。",
                "Inspectors of the record's group, or operators who see its task (404 for anyone else, members of other groups included). Only for a final result (summary signed off or task closed), else 409 record-not-final (revise the record instead). Send the complete new results (exactly one per item of the task, checked as a record's are: a missing item is 400 items, an item not of the task 400 items[i].itemId, an unknown or retired category 400 items[i].resultCategoryCode) and the reason (required, at most 1000 characters). Results equal to the current ones are 409 correction-unchanged; a record with a correction waiting for a decision (also when two are sent at the same moment) is 409 correction-pending (existingId names it). The supervising unit is the unit of the officer leading the group (the effective group's first member); its leaders decide. Audited.")
            .RequireAuthorization(Policies.CorrectionsRequest)
            .Produces<CorrectionDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("record-not-final", "correction-unchanged", "correction-pending", "task-archived")
            .Idempotent();
        records.MapGet("/{id:guid}/corrections", ListOfRecord)
            .WithName("ListRecordCorrections")
            .Describe("检查记录的更正申请", "List a record's corrections",
                "可查看该记录的用户（本检查组成员，或数据范围内的抽取人、领导、监督人、系统管理员、分析人员；其他人 404）。按申请时间列出全部更正申请及审批结果。",
                "Whoever may read the record (members of its group, or operators, leaders, supervisors, administrators and analysts within their data scope; 404 for anyone else). Every correction of the record with its decision, oldest first.")
            .RequireAuthorization(Policies.InspectionsRead)
            .Produces<IReadOnlyList<CorrectionDto>>(StatusCodes.Status200OK)
            .ProducesProblem(404);
        records.MapGet("/{id:guid}/versions", Versions)
            .WithName("ListRecordVersions")
            .Describe("检查结果的各个版本", "List the versions of a record's results",
                "可查看该记录的用户。版本 1 为成为最终结果时的内容（署名为最后一次修改记录的人和时间），此后每个经批准的更正产生一个新版本（审批的领导、时间、更正申请及其理由）；原内容始终可见。current 标出当前版本。",
                "Whoever may read the record. Version 1 is the results as they became final (attributed to whoever revised the record last, and when); each approved correction adds one (the approving leader, when, the correction and its reason); the original stays visible. current marks the record's current version.")
            .RequireAuthorization(Policies.InspectionsRead)
            .Produces<IReadOnlyList<RecordVersionDto>>(StatusCodes.Status200OK)
            .ProducesProblem(404);

        var corrections = api.MapGroup("/corrections").WithTags("Corrections 更正");
        corrections.MapGet("/", List)
            .WithName("ListCorrections")
            .Describe("更正申请列表（领导待办）", "List corrections (the leaders' queue)",
                "与检查记录相同的范围：抽取人、领导等按数据范围内的任务，执法检查人员只看本人所在检查组的记录的更正申请；可按状态筛选（status=pending 为待审批），分页，默认按申请时间先后。",
                "Scoped like the records: overseers see the corrections of the tasks in their data scope, inspectors only those of their own groups' records; optionally by status (status=pending is the queue), paged, oldest request first by default.")
            .RequireAuthorization(Policies.InspectionsRead)
            .ProducesValidationProblem();
        corrections.MapGet("/{id:guid}", Get)
            .WithName("GetCorrection")
            .Describe("查看更正申请", "Get a correction",
                "能查看其检查记录的用户：本检查组成员，或数据范围内的抽取人、领导、监督人、系统管理员、分析人员（其他人，包括其他检查组的成员，404）。",
                "Whoever may read its record: members of the record's group, or overseers within their data scope (404 for anyone else, members of other groups included).")
            .RequireAuthorization(Policies.InspectionsRead)
            .Produces<CorrectionDto>(StatusCodes.Status200OK)
            .ProducesProblem(404);
        corrections.MapPost("/{id:guid}/approval", Approve)
            .WithName("ApproveCorrection")
            .Describe("批准更正", "Approve a correction",
                "领导：监管单位（检查组组长所在单位）或其上级单位的领导，按本人所在单位及下级单位判断（分析人员等全局只读角色不扩大此范围；其他单位的领导 403 correction-wrong-unit；看不到该任务 404），且不是申请人（按用户判断，409 correction-self-approval）。任务已归档 409 task-archived（先于其他规则）。更正会改变某个检查事项的结果、而该事项有未办结的后续处置时 409 correction-open-follow-up（existingId 为该后续处置，须先办结）。批准后检查记录的结果改为更正内容，结果版本加 1，原版本保留（GET /inspection-records/{id}/versions）；已签署的汇总表保持签署时的内容和状态。申请后记录又有变化 409 stale-version（请驳回后重新申请）；已审批 409 correction-decided。审批意见可选（不超过 1000 字）。审批和记录的变化记入审计。",
                "Leaders of the supervising unit (the unit of the group's leading officer) or a unit above it, judged by their own unit and the units below it (a read-only bureau-wide role such as analyst does not widen it; a leader of another unit is 403 correction-wrong-unit; one who cannot see the task 404), who did not ask for it (compared by user, 409 correction-self-approval). An archived task is 409 task-archived before any other rule. A correction that changes the result of an item whose follow-up is not closed is 409 correction-open-follow-up (existingId names the follow-up; close it first). The record takes the correction's results and its content version rises by one; the earlier versions stay (GET /inspection-records/{id}/versions); a signed-off summary keeps the content and status it was signed with. A record changed since the request is 409 stale-version (reject and ask again); a decided correction 409 correction-decided. The note is optional (at most 1000 characters). The decision and the record's change are audited.")
            .RequireAuthorization(Policies.CorrectionsApprove)
            .Produces<CorrectionDto>(StatusCodes.Status200OK)
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404)
            .ProducesConflict("correction-self-approval", "correction-decided", "stale-version", "correction-open-follow-up", "task-archived")
            .Idempotent();
        corrections.MapPost("/{id:guid}/rejection", Reject)
            .WithName("RejectCorrection")
            .Describe("驳回更正", "Reject a correction",
                "领导，条件同批准（403 correction-wrong-unit，409 task-archived、correction-self-approval、correction-decided；同时审批的另一请求已改变该申请 409 stale-version）。须填写驳回意见（不超过 1000 字，否则 400 note）。记录保持不变。记入审计。",
                "Leaders, as for approval (403 correction-wrong-unit, 409 task-archived, correction-self-approval or correction-decided; a decision racing another one is 409 stale-version). The note is required (at most 1000 characters, else 400 note). The record stays as it is. Audited.")
            .RequireAuthorization(Policies.CorrectionsApprove)
            .Produces<CorrectionDto>(StatusCodes.Status200OK)
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404)
            .ProducesConflict("correction-self-approval", "correction-decided", "stale-version", "task-archived")
            .Idempotent();
        return api;
    }

    private static async Task<Created<CorrectionDto>> Request(Guid id, CorrectionRequest r, IMediator mediator, CancellationToken ct)
    {
        var correction = await mediator.Send(new RequestCorrectionCommand(id, r.Reason, r.Items), ct);
        return TypedResults.Created($"/api/v1/corrections/{correction.Id}", correction);
    }

    private static async Task<Ok<IReadOnlyList<CorrectionDto>>> ListOfRecord(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRecordCorrectionsQuery(id), ct));

    private static async Task<Ok<IReadOnlyList<RecordVersionDto>>> Versions(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRecordVersionsQuery(id), ct));

    private static async Task<Ok<PagedResult<CorrectionDto>>> List(
        IMediator mediator, CancellationToken ct, [QueryEnum(typeof(CorrectionStatus))] string? status = null, int page = 1, int pageSize = 20,
        [SortQuery(typeof(ListCorrectionsQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(new ListCorrectionsQuery(QueryEnum.Parse<CorrectionStatus>(status, "status"), page, pageSize, sort), ct));

    private static async Task<Ok<CorrectionDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetCorrectionQuery(id), ct));

    private static async Task<Ok<CorrectionDto>> Approve(Guid id, CorrectionDecisionRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ApproveCorrectionCommand(id, r.Note), ct));

    private static async Task<Ok<CorrectionDto>> Reject(Guid id, RejectCorrectionRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RejectCorrectionCommand(id, r.Note), ct));
}
