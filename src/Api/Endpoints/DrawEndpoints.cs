using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Common.Spreadsheets;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Draws.Commands.DecideAmendment;
using DoubleRandom.Application.Draws.Commands.ExecuteDraw;
using DoubleRandom.Application.Draws.Commands.RequestAmendment;
using DoubleRandom.Application.Draws.Commands.RevealDraw;
using DoubleRandom.Application.Draws.Queries.DrawHistory;
using DoubleRandom.Application.Draws.Queries.ExportDrawHistory;
using DoubleRandom.Application.Draws.Queries.ExportDrawResult;
using DoubleRandom.Application.Draws.Queries.GetAmendment;
using DoubleRandom.Application.Draws.Queries.GetDraw;
using DoubleRandom.Application.Draws.Queries.GetDrawRecord;
using DoubleRandom.Application.Draws.Queries.GetDrawResult;
using DoubleRandom.Application.Draws.Queries.ListAmendments;
using DoubleRandom.Application.Draws.Queries.ListDraws;
using DoubleRandom.Domain.Draws;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/draws — execute, reveal, amend, history (staff).</summary>
public static class DrawEndpoints
{
    /// <param name="Entropy">The witness's entropy, 1..1024 bytes of UTF-8.</param>
    /// <param name="ConfirmationId">From POST /api/v1/auth/confirmations with action draw.execute and subject = the draw id.</param>
    public sealed record ExecuteRequest(string? Entropy, Guid? ConfirmationId);

    public sealed record AmendmentRequest(
        AmendmentKind? Kind, int? GroupNumber, Guid? OfficerId, Guid? ReplacementOfficerId, string? TargetCode, AmendmentReason? Reason, string? Note);

    public sealed record DecisionRequest(bool? Approve);

    public static RouteGroupBuilder MapDraws(this RouteGroupBuilder api)
    {
        var draws = api.MapGroup("/draws").WithTags("Draws 抽取");
        draws.MapGet("/", List)
            .WithName("ListDraws")
            .Describe("抽取列表", "List draws",
                "所有已登录用户，只列出其数据范围内任务的抽取。按年度、任务、状态筛选，分页、排序。",
                "Every signed-in user; only draws of tasks in the caller's scope. Filters year, taskId and status, paging and sorting.")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesValidationProblem();
        draws.MapGet("/history", History)
            .WithName("DrawHistory")
            .Describe("抽取历史", "Draw history",
                "所有已登录用户。已封存抽取的各组（组长、执法人员、检查对象、附件），可按年度、任务、单位、人员或对象查询，分页。",
                "Every signed-in user. The groups of sealed draws (leader, officers, targets, attachments) by year, task, unit, officer or target, paged.")
            .RequireAuthorization(Policies.HistoryRead)
            .ProducesValidationProblem();
        draws.MapGet("/history.xlsx", HistoryXlsx)
            .WithName("ExportDrawHistory")
            .Describe("导出抽取历史（XLSX）", "Export the draw history (XLSX)",
                "所有已登录用户。与 GET /draws/history 相同的筛选，不分页，每条一行，最多行数有上限（默认 10,000，选项 Draws:HistoryExportMaxRows；超过时 400，errors 的键为 query，请缩小筛选）；文件名如 抽取历史-<日期>.xlsx。",
                "Every signed-in user. The filters of GET /draws/history without paging, a row per entry, a limited number of rows (default 10,000, option Draws:HistoryExportMaxRows; 400 above, keyed `query` in errors: narrow the filters); named like 抽取历史-<date>.xlsx.")
            .RequireAuthorization(Policies.HistoryRead)
            .ProducesDownload(Sheet.XlsxContentType).ProducesValidationProblem();
        draws.MapGet("/{id:guid}", Get)
            .WithName("GetDraw")
            .Describe("查看一次抽取", "Get one draw",
                "所有已登录用户（数据范围外回答 404）。状态、承诺 C、名单根哈希、各层规模，封存后还有结果摘要。",
                "Every signed-in user (outside the scope: 404). Status, commitment C, roots, stratum sizes, and the result digest once sealed.")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        draws.MapGet("/{id:guid}/result", Result)
            .WithName("GetDrawResult")
            .Describe("抽取结果", "Draw result",
                "所有已登录用户。抽中的各组（组长、执法人员、检查对象），已批准的变更已应用；未执行的抽取没有组。",
                "Every signed-in user. The drawn groups (leader, officers, targets) with approved amendments applied; a draw not yet executed has no groups.")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        draws.MapGet("/{id:guid}/result.xlsx", ResultXlsx)
            .WithName("ExportDrawResult")
            .Describe("导出抽取结果（XLSX）", "Export a draw's result (XLSX)",
                "所有已登录用户。工作表：检查组、检查对象（含权重、λ、Q）、抽取参数、分层、变更记录；文件名如 抽取结果-<任务名>-<抽取日期>.xlsx。封存前为 409 draw-not-sealed。",
                "Every signed-in user. Sheets: groups, targets (with weight, λ, Q), parameters, strata, amendments; named like 抽取结果-<task>-<draw date>.xlsx. 409 draw-not-sealed before it is sealed.")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesDownload(Sheet.XlsxContentType).ProducesProblem(404).ProducesConflict("draw-not-sealed");
        draws.MapPost("/{id:guid}/execute", Execute)
            .WithName("ExecuteDraw")
            .Describe("执行抽取", "Execute a draw",
                "仅抽取人。一键执行：提交见证人输入的熵（1–1024 字节）和监督人的确认编号（POST /api/v1/auth/confirmations，action 为 draw.execute，subject 为抽取编号）。DR1 算法运行，结果封存并计算摘要。确认只能用一次且须针对本次抽取（409 confirmation-*）；已执行的抽取不能再执行（409 draw-already-executed）。",
                "Operators only. The one click: the witness's entropy (1–1024 bytes) and a supervisor's confirmation id (POST /api/v1/auth/confirmations with action draw.execute and the draw id as subject). DR1 runs and the result is sealed with its digest. A confirmation is single-use and bound to this draw (409 confirmation-*); a draw runs once (409 draw-already-executed).")
            .RequireAuthorization(Policies.DrawsExecute)
            .ProducesValidationProblem().ProducesProblem(404)
            .ProducesConflict("draw-already-executed", "confirmation-missing", "confirmation-used", "confirmation-expired", "confirmation-mismatch",
                "confirmation-same-person", "confirmation-not-supervisor", "duplicate-key");
        draws.MapPost("/{id:guid}/reveal", Reveal)
            .WithName("RevealDraw")
            .Describe("提前公开种子", "Reveal a draw early",
                "仅系统管理员。在任务结束前公开种子 s，任何人即可验证该抽取。抽取须已执行（409 draw-not-executed），且只能公开一次（409 draw-already-revealed）。",
                "Administrators only. Publishes s before the task closes, so anyone can verify the draw. It must have run (409 draw-not-executed) and is revealed once (409 draw-already-revealed).")
            .RequireAuthorization(Policies.DrawsReveal)
            .ProducesProblem(404).ProducesConflict("draw-not-executed", "draw-already-revealed");
        draws.MapGet("/{id:guid}/amendments", ListAmendments)
            .WithName("ListAmendments")
            .Describe("变更申请列表", "List amendments",
                "所有已登录用户。一次抽取的全部变更申请及其决定，按申请时间排列。",
                "Every signed-in user. A draw's amendment requests and decisions, oldest first.")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        draws.MapGet("/{id:guid}/amendments/{amendmentId:guid}", GetAmendment)
            .WithName("GetAmendment")
            .Describe("查看一项变更申请", "Get one amendment",
                "所有已登录用户。一项变更申请及其决定（申请的 201 Location 指向这里）。",
                "Every signed-in user. One amendment request and its decision (where the 201 of a request points).")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        draws.MapPost("/{id:guid}/amendments", RequestAmendment)
            .WithName("RequestAmendment")
            .Describe("申请变更", "Request an amendment",
                "仅抽取人。申请替换一名执法人员（须说明原因），或把未分配的检查对象放入某组；领导批准后生效。替换人须在岗、持证、不在本次抽取中且无须回避（409）。",
                "Operators only. Asks to replace an officer (with a reason) or to place an unassigned target into a group; it takes effect when a leader approves. The replacement must be active, certified, not already in the draw and free of recusals (409).")
            .RequireAuthorization(Policies.AmendmentsRequest)
            .ProducesValidationProblem().ProducesProblem(404)
            .ProducesConflict("draw-not-sealed", "amendment-reason", "amendment-same-officer", "officer-not-eligible", "officer-already-in-draw",
                "officer-conflicted", "target-not-unassigned");
        draws.MapPost("/{id:guid}/amendments/{amendmentId:guid}/decision", Decide)
            .WithName("DecideAmendment")
            .Describe("批准或驳回变更", "Approve or reject an amendment",
                "仅领导。批准后变更立即生效（结果和打印记录显示变更）；申请人不能批准自己的申请（409 amendment-same-person），每项申请只能决定一次（409 amendment-decided）。",
                "Leaders only. An approval takes effect at once (the result and the printed record show it); the requester cannot approve their own request (409 amendment-same-person) and a request is decided once (409 amendment-decided).")
            .RequireAuthorization(Policies.AmendmentsApprove)
            .ProducesValidationProblem().ProducesProblem(404)
            .ProducesConflict("amendment-decided", "amendment-same-person", "officer-not-eligible", "officer-already-in-draw", "officer-conflicted",
                "target-not-unassigned");
        draws.MapGet("/{id:guid}/record.pdf", Record)
            .WithName("PrintDrawRecord")
            .Describe("打印抽取记录", "Print the draw record",
                "所有已登录用户。A4 中文 PDF：参数、各组名单、已批准的变更、结果摘要、签字栏和验证二维码；文件名如 抽取记录-<任务名>-<日期>.pdf。抽取须已封存（409 draw-not-sealed）。",
                "Every signed-in user. An A4 PDF in Chinese: parameters, groups, approved amendments, the result digest, signature lines and a verification QR code; named like 抽取记录-<task>-<date>.pdf. The draw must be sealed (409 draw-not-sealed).")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesDownload("application/pdf").ProducesProblem(404).ProducesConflict("draw-not-sealed");
        draws.MapDrawAttachments();
        return api;
    }

    private static async Task<Ok<PagedResult<DrawDto>>> List(IMediator mediator, CancellationToken ct, int? year = null, Guid? taskId = null,
        [QueryEnum(typeof(DrawStatus))] string? status = null, int page = 1, int pageSize = 20, [SortQuery(typeof(ListDrawsQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(new ListDrawsQuery(year, taskId, QueryEnum.Parse<DrawStatus>(status, "status"), page, pageSize, sort), ct));

    private static async Task<Ok<PagedResult<HistoryEntryDto>>> History(IMediator mediator, CancellationToken ct, int? year = null, Guid? taskId = null,
        Guid? unitId = null, Guid? officerId = null, string? targetCode = null, int page = 1, int pageSize = 20, [SortQuery(typeof(DrawHistoryQuery))] string? sort = null) =>
        TypedResults.Ok(await mediator.Send(new DrawHistoryQuery(year, taskId, unitId, officerId, targetCode, page, pageSize, sort), ct));

    private static async Task<FileContentHttpResult> HistoryXlsx(IMediator mediator, HttpResponse response, TimeProvider clock, CancellationToken ct,
        int? year = null, Guid? taskId = null, Guid? unitId = null, Guid? officerId = null, string? targetCode = null)
    {
        var content = await mediator.Send(new ExportDrawHistoryQuery(year, taskId, unitId, officerId, targetCode), ct);
        var day = DownloadName.Today(clock);
        DownloadName.Set(response, $"draw-history-{day}.xlsx", $"抽取历史-{day}.xlsx");
        return TypedResults.File(content, Sheet.XlsxContentType);
    }

    private static async Task<FileContentHttpResult> ResultXlsx(Guid id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var workbook = await mediator.Send(new ExportDrawResultQuery(id), ct);
        DownloadName.Set(response, $"draw-result-{id}.xlsx",
            $"抽取结果-{DownloadName.Part(workbook.TaskName)}-{DownloadName.Day(workbook.DrawDate)}.xlsx");
        return TypedResults.File(workbook.Content, Sheet.XlsxContentType);
    }

    private static async Task<Ok<DrawDto>> Get(Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetDrawQuery(id), ct));

    private static async Task<Ok<DrawResultDto>> Result(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetDrawResultQuery(id, false), ct));

    private static async Task<Ok<DrawDto>> Execute(Guid id, ExecuteRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ExecuteDrawCommand(id, r.Entropy, r.ConfirmationId), ct));

    private static async Task<FileContentHttpResult> Record(Guid id, IMediator mediator, HttpRequest request, CancellationToken ct)
    {
        var pdf = await mediator.Send(new GetDrawRecordQuery(id, request.PublicBaseUrl()), ct);
        var draw = await mediator.Send(new GetDrawQuery(id), ct);
        DownloadName.Set(request.HttpContext.Response, $"draw-record-{id}.pdf",
            $"抽取记录-{DownloadName.Part(draw.TaskName)}-{DownloadName.Day(draw.DrawDate)}.pdf");
        return TypedResults.File(pdf, "application/pdf");
    }

    private static async Task<Ok<DrawDto>> Reveal(Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new RevealDrawCommand(id), ct));

    private static async Task<Ok<IReadOnlyList<AmendmentDto>>> ListAmendments(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListAmendmentsQuery(id), ct));

    private static async Task<Ok<AmendmentDto>> GetAmendment(Guid id, Guid amendmentId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetAmendmentQuery(id, amendmentId), ct));

    private static async Task<Created<AmendmentDto>> RequestAmendment(Guid id, AmendmentRequest r, IMediator mediator, CancellationToken ct)
    {
        var a = await mediator.Send(new RequestAmendmentCommand(id, r.Kind, r.GroupNumber, r.OfficerId, r.ReplacementOfficerId, r.TargetCode, r.Reason, r.Note), ct);
        return TypedResults.Created($"/api/v1/draws/{id}/amendments/{a.Id}", a);
    }

    private static async Task<Ok<AmendmentDto>> Decide(Guid id, Guid amendmentId, DecisionRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new DecideAmendmentCommand(id, amendmentId, r.Approve), ct));
}
