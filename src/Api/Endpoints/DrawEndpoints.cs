using DoubleRandom.Api.Hosting;
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
            .WithName("ListDraws").WithSummary("List draws (filters year, taskId, status; paging, sorting)")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesValidationProblem();
        draws.MapGet("/history", History)
            .WithName("DrawHistory").WithSummary("Groups of sealed draws by year, task, unit, officer or target (leader, officers, targets, attachments)")
            .RequireAuthorization(Policies.HistoryRead)
            .ProducesValidationProblem();
        draws.MapGet("/history.xlsx", HistoryXlsx)
            .WithName("ExportDrawHistory")
            .WithSummary("导出抽取历史（XLSX）/ Export the draw history as XLSX")
            .WithDescription("与 GET /draws/history 相同的筛选，不分页，每条一行，最多 10,000 行（Draws:HistoryExportMaxRows；超过时 400，请缩小筛选）；文件名 抽取历史-<日期>.xlsx。"
                + " / The filters of GET /draws/history without paging, a row per entry, at most 10,000 rows (Draws:HistoryExportMaxRows; 400 above: narrow the filters); named 抽取历史-<date>.xlsx.")
            .RequireAuthorization(Policies.HistoryRead)
            .Produces(200, contentType: Sheet.XlsxContentType).ProducesValidationProblem();
        draws.MapGet("/{id:guid}", Get)
            .WithName("GetDraw").WithSummary("Get one draw")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        draws.MapGet("/{id:guid}/result", Result)
            .WithName("GetDrawResult").WithSummary("The drawn groups with approved amendments applied")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesProblem(404);
        draws.MapGet("/{id:guid}/result.xlsx", ResultXlsx)
            .WithName("ExportDrawResult")
            .WithSummary("导出抽取结果（XLSX）/ Export a draw's sealed result as XLSX")
            .WithDescription("工作表：检查组、检查对象（含权重、λ、Q）、抽取参数、分层、变更记录；文件名 抽取结果-<任务名>-<抽取日期>.xlsx。封存前 409 draw-not-sealed。"
                + " / Sheets: groups, targets (with weight, λ, Q), parameters, strata, amendments; named 抽取结果-<task>-<draw date>.xlsx. 409 draw-not-sealed before it is sealed.")
            .RequireAuthorization(Policies.TasksRead)
            .Produces(200, contentType: Sheet.XlsxContentType).ProducesProblem(404).ProducesProblem(409);
        draws.MapPost("/{id:guid}/execute", Execute)
            .WithName("ExecuteDraw").WithSummary("The one click: witness entropy + a supervisor's confirmation; DR1 runs and the result is sealed")
            .RequireAuthorization(Policies.DrawsExecute)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        draws.MapPost("/{id:guid}/reveal", Reveal)
            .WithName("RevealDraw").WithSummary("Publish s before the task closes")
            .RequireAuthorization(Policies.DrawsReveal)
            .ProducesProblem(404).ProducesProblem(409);
        draws.MapGet("/{id:guid}/amendments", ListAmendments)
            .WithName("ListAmendments").WithSummary("A draw's amendment requests and decisions")
            .RequireAuthorization(Policies.TasksRead);
        draws.MapPost("/{id:guid}/amendments", RequestAmendment)
            .WithName("RequestAmendment").WithSummary("Ask to replace an officer or place an unassigned target (takes effect when a leader approves)")
            .RequireAuthorization(Policies.AmendmentsRequest)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        draws.MapPost("/{id:guid}/amendments/{amendmentId:guid}/decision", Decide)
            .WithName("DecideAmendment").WithSummary("Approve or reject an amendment request (a team leader; the approved change takes effect)")
            .RequireAuthorization(Policies.AmendmentsApprove)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        draws.MapGet("/{id:guid}/record.pdf", Record)
            .WithName("PrintDrawRecord").WithSummary("The printable draw record (A4 PDF, Chinese) with signature lines and a verification QR code")
            .RequireAuthorization(Policies.TasksRead)
            .Produces(200, contentType: "application/pdf").ProducesProblem(404).ProducesProblem(409);
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

    private static async Task<Created<AmendmentDto>> RequestAmendment(Guid id, AmendmentRequest r, IMediator mediator, CancellationToken ct)
    {
        var a = await mediator.Send(new RequestAmendmentCommand(id, r.Kind, r.GroupNumber, r.OfficerId, r.ReplacementOfficerId, r.TargetCode, r.Reason, r.Note), ct);
        return TypedResults.Created($"/api/v1/draws/{id}/amendments/{a.Id}", a);
    }

    private static async Task<Ok<AmendmentDto>> Decide(Guid id, Guid amendmentId, DecisionRequest r, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new DecideAmendmentCommand(id, amendmentId, r.Approve), ct));
}
