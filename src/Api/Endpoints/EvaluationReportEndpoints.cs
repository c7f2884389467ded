using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Commands.CancelEvaluationReport;
using DoubleRandom.Application.Evaluation.Commands.GenerateEvaluationReport;
using DoubleRandom.Application.Evaluation.Jobs;
using DoubleRandom.Application.Evaluation.Model;
using DoubleRandom.Application.Evaluation.Queries.GetEvaluationReport;
using DoubleRandom.Application.Evaluation.Queries.GetEvaluationReportFigures;
using DoubleRandom.Application.Evaluation.Queries.GetEvaluationReportFile;
using DoubleRandom.Application.Evaluation.Queries.ListEvaluationReports;
using DoubleRandom.Domain.Evaluation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace DoubleRandom.Api.Endpoints;

/// <summary>监管效果评估报告 (#17): generations as background jobs, the stored figures (schema er-1) and the PDF and HTML (ADR 0035).</summary>
public static class EvaluationReportEndpoints
{
    public const string Tag = "Evaluation reports 监管效果评估报告";

    private const string Managers = "分析人员、系统管理员。";
    private const string ManagersEn = "Analysts and administrators.";

    public static void MapEvaluationReports(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/evaluation-reports").WithTags(Tag);
        reports.MapPost("/", Generate)
            .WithName("GenerateEvaluationReport")
            .Describe("生成监管效果评估报告（后台作业）", "Generate an evaluation report (a background job)",
                Managers + "期间为 year（2000 至今年，可加 quarter 1–4），或 from 与 to（from ≤ to，最长 1098 天）；范围可限定单位（unitIds）、对象所属部门（departmentCodes）和行业门类（industrySections，GB/T 4754 的 A–T），省略为全部。返回 202 和作业，Location 指向可轮询的作业；作业依次读取数据、计算、生成 PDF 与 HTML，成功后可取得数据（/figures）和文件（/file）。输入指纹（期间、范围、启用的模型版本、数据摘要）与已成功的报告相同时复用其数据和文件（reusedFromId）。生成记入审计（report.generate）。期间缺失、颠倒、过长，年份或季度越界，部门代码含空字符或超长，单位或部门不存在：400；期间尚未开始：422 evaluation-period-in-future；均不写入任何数据。",
                ManagersEn + " The period is a year (2000 to this year, optionally a quarter 1–4) or from and to (from ≤ to, at most 1,098 days); the scope narrows to units (unitIds), target departments (departmentCodes) and industry sections (industrySections, GB/T 4754 letters A–T), omitted meaning all. Answers 202 with the job; Location points at the job to poll, which reads the facts, computes, renders the PDF and the HTML; once succeeded its figures (/figures) and files (/file) can be fetched. When the inputs' fingerprint (period, scope, active model version, data digest) matches a succeeded report, its figures and files are reused (reusedFromId). The generation is audited (report.generate). A missing, inverted or too long period, a year or quarter out of range, a department code with NUL or too long, an unknown unit or department: 400; a period that has not begun: 422 evaluation-period-in-future; nothing is written.")
            .RequireAuthorization(Policies.ReportsManage)
            .Produces<EvaluationReportJobDto>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(422);
        reports.MapGet("/", List)
            .WithName("ListEvaluationReports")
            .Describe("评估报告列表", "List evaluation reports",
                Managers + "报告生成作业，新的在前；按状态筛选，分页。",
                ManagersEn + " Report generations, newest first; filters status, paged.")
            .RequireAuthorization(Policies.ReportsRead)
            .ProducesValidationProblem();
        reports.MapGet("/{id:guid}", Get)
            .WithName("GetEvaluationReport")
            .Describe("评估报告的状态和进度", "An evaluation report's status and progress",
                Managers + "状态、阶段（stage：Queued、Reading、Building、Rendering、Storing、Finished）和完成百分比（percent），心跳时间；读取数据后为输入指纹（fingerprint）、数据摘要（dataDigest）和模型版本；成功后为文件（格式、SHA-256、大小），复用时为被复用的报告（reusedFromId）；失败时为 errorCode 与 errorMessage。进度约每秒写入一次。不存在 404。",
                ManagersEn + " Status, stage (Queued, Reading, Building, Rendering, Storing, Finished) and percent done, the heartbeat; once the facts are read the inputs' fingerprint, data digest and model version; once succeeded the files (format, SHA-256, size) and, when reused, the report reused (reusedFromId); when failed errorCode and errorMessage. Progress is stored about once a second. Unknown: 404.")
            .RequireAuthorization(Policies.ReportsRead)
            .ProducesProblem(404);
        reports.MapGet("/{id:guid}/figures", Figures)
            .WithName("GetEvaluationReportFigures")
            .Describe("评估报告的数据", "An evaluation report's figures",
                Managers + "报告的计算模型（schema er-1）：封面信息、摘要（主要数字 headlines 与结论 findings）、覆盖、发现问题率、总体估计及 95% 置信区间、趋势、后续处置、公示、公平性和风险模型各节；无数据的节说明原因。PDF 和 HTML 由同一模型生成，数字相同。不存在 404；尚未成功 409 evaluation-report-not-ready。",
                ManagersEn + " The report's computed model (schema er-1): header, summary (headlines and findings), coverage, hit rates, population estimates with 95 % intervals, trends, follow-ups, publication, fairness and the risk model; a section without data says why. The PDF and the HTML are rendered from the same model (the same numbers). Unknown: 404; not succeeded: 409 evaluation-report-not-ready.")
            .RequireAuthorization(Policies.ReportsRead)
            .ProducesProblem(404).ProducesConflict("evaluation-report-not-ready");
        reports.MapGet("/{id:guid}/file", Download)
            .WithName("DownloadEvaluationReport")
            .Describe("下载评估报告（PDF 或 HTML）", "Download an evaluation report (PDF or HTML)",
                Managers + "format=pdf（默认，A4，嵌入中文字体）或 html（单个自包含文件）。文件名如 2026年监管效果评估报告.pdf（Content-Disposition 按 RFC 6266，filename* 按 RFC 5987 编码，另有 ASCII 名 evaluation-report-2026.pdf）；ETag 为文件的 SHA-256。format 无效 400；不存在 404；尚未成功 409 evaluation-report-not-ready。",
                ManagersEn + " format=pdf (the default; A4, the Chinese font embedded) or html (one self-contained file). Named like 2026年监管效果评估报告.pdf (Content-Disposition per RFC 6266, filename* encoded per RFC 5987, with the ASCII name evaluation-report-2026.pdf); the file's SHA-256 is the ETag. An invalid format: 400; unknown: 404; not succeeded: 409 evaluation-report-not-ready.")
            .RequireAuthorization(Policies.ReportsRead)
            .ProducesStoredFile("application/pdf", "text/html")
            .ProducesValidationProblem()
            .ProducesProblem(404).ProducesConflict("evaluation-report-not-ready");
        reports.MapPost("/{id:guid}/cancellation", Cancel)
            .WithName("CancelEvaluationReport")
            .Describe("取消评估报告的生成", "Cancel an evaluation report's generation",
                Managers + "排队中的立即取消；生成中的在下一阶段前停止（状态 cancelled，不保存数据或文件）。取消记入审计（report.cancel）。不存在 404；已结束 409 evaluation-report-finished。",
                ManagersEn + " A queued generation is cancelled at once; a running one stops before its next stage (status cancelled; no figures or files stored). Audited (report.cancel). Unknown: 404; finished: 409 evaluation-report-finished.")
            .RequireAuthorization(Policies.ReportsManage)
            .ProducesProblem(404).ProducesConflict("evaluation-report-finished");
    }

    private static async Task<Accepted<EvaluationReportJobDto>> Generate(GenerateEvaluationReportCommand? command, IMediator mediator, CancellationToken ct)
    {
        var job = await mediator.Send(command ?? new GenerateEvaluationReportCommand(), ct);
        return TypedResults.Accepted($"/api/v1/evaluation-reports/{job.Id}", job);
    }

    private static async Task<Ok<PagedResult<EvaluationReportJobDto>>> List(
        IMediator mediator, CancellationToken ct, [QueryEnum(typeof(EvaluationReportStatus))] string? status = null, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListEvaluationReportsQuery(QueryEnum.Parse<EvaluationReportStatus>(status, "status"), page, pageSize), ct));

    private static async Task<Ok<EvaluationReportJobDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetEvaluationReportQuery(id), ct));

    private static async Task<Ok<EvaluationReport>> Figures(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetEvaluationReportFiguresQuery(id), ct));

    private static async Task<FileContentHttpResult> Download(
        Guid id, IMediator mediator, HttpResponse response, CancellationToken ct, [QueryEnum(typeof(ReportFormat))] string? format = null)
    {
        var parsed = QueryEnum.Parse<ReportFormat>(format, "format") ?? ReportFormat.Pdf;
        var file = await mediator.Send(new GetEvaluationReportFileQuery(id, parsed), ct);
        var extension = GetEvaluationReportFileHandler.Extension(file.Format);
        DownloadName.Set(response, $"{file.AsciiName}.{extension}", $"{file.ChineseName}.{extension}");
        return TypedResults.File(file.Content, ContentType(file.Format), null, enableRangeProcessing: true,
            lastModified: new DateTimeOffset(file.GeneratedAtUtc, TimeSpan.Zero), entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
    }

    private static async Task<Ok<EvaluationReportJobDto>> Cancel(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CancelEvaluationReportCommand(id), ct));

    /// <summary>The media type of a report document: <c>application/pdf</c>, or <c>text/html; charset=utf-8</c>.</summary>
    public static string ContentType(ReportFormat format) => format == ReportFormat.Pdf ? "application/pdf" : "text/html; charset=utf-8";
}
