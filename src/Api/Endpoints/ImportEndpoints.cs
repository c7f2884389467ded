using DoubleRandom.Api.Events;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Application.Rosters.Imports.Queries.GetImportJob;
using DoubleRandom.Application.Rosters.Imports.Queries.GetImportReport;
using DoubleRandom.Application.Rosters.Imports.Queries.ListImportJobs;
using DoubleRandom.Application.Rosters.Imports.Queries.WatchImportJob;
using DoubleRandom.Application.Rosters.Imports.Commands.StartImport;
using DoubleRandom.Domain.Rosters;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Api.Endpoints;

/// <summary>Batch import as background jobs: upload → 202 with the job → poll → report CSV.</summary>
public static class ImportEndpoints
{
    /// <summary>The upload route of a roster, mapped into its resource's group (<c>/targets/import</c>, …).</summary>
    public static void MapImport(this RouteGroupBuilder group, string pattern, ImportRoster roster, string name) =>
        group.MapPost(pattern, UploadHandler(roster))
            .WithName(name)
            .Describe("上传导入文件", "Upload an import file",
                "系统管理员、名录库管理员。上传 CSV（UTF-8 或 GB18030）或 XLSX 文件，作为后台任务处理：mode=dryRun（默认）只校验，mode=apply 全部写入或全部不写，mode=applyValid 只写入有效行。返回 202 和任务，Location 指向可轮询的任务；出错的行在任务报告（CSV）中列出。文件过大 413，无法导入的文件 400。",
                "Administrators and roster keepers. Uploads a CSV (UTF-8 or GB18030) or XLSX file, processed as a background job: mode=dryRun (default) validates only, mode=apply writes all rows or none, mode=applyValid writes the valid rows. Answers 202 with the job; Location points at the job to poll, and the rows in error are listed in its report (CSV). Too large a file is a 413, a file that cannot be imported a 400.")
            .RequireAuthorization(Policies.RosterWrite)
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ImportUploadOptions.MaxUploadBytesDefault))
            .WithFormOptions(multipartBodyLengthLimit: ImportUploadOptions.MaxUploadBytesDefault)
            .ProducesValidationProblem();

    public static RouteGroupBuilder MapImportJobs(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/import-jobs").WithTags("Import jobs 批量导入");
        group.MapGet("/", List)
            .WithName("ListImportJobs")
            .Describe("导入任务列表", "List import jobs",
                "系统管理员、名录库管理员。最近的导入任务，新的在前；按名录（roster）和状态筛选，分页。",
                "Administrators and roster keepers. Recent import jobs, newest first; filters roster and status, paged.")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetImportJob")
            .Describe("导入任务的状态和进度", "An import job's status and progress",
                "系统管理员、名录库管理员。状态、当前阶段（reading、validating、writing、indexing、auditing）及其进度（phaseDone、phaseTotal）、总进度（rowsDone、rowsTotal、etaSeconds），完成后还有各类行数；想要推送可用 GET …/events。",
                "Administrators and roster keepers. Status, the current phase (reading, validating, writing, indexing, auditing) with its progress (phaseDone, phaseTotal), overall progress (rowsDone, rowsTotal, etaSeconds), and the counts once finished; for push, GET …/events.")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesProblem(404);
        group.MapGet("/{id:guid}/events", Events)
            .WithName("WatchImportJob")
            .Describe("导入进度推送（SSE）", "An import's progress as server-sent events",
                "系统管理员、名录库管理员。text/event-stream：每次变化发送 event: progress（data 为导入任务 JSON，含阶段和阶段进度），结束时发送 event: done；静默时一行注释作心跳（默认 15 秒，选项 Imports:EventsHeartbeatSeconds）；流最长运行 Imports:EventsMaxSeconds（默认 600 秒），然后发送 event: timeout 并结束，请重新连接；读取任务失败时发送 event: error（问题 JSON）并结束。任务不存在时在流开始前回答 404。",
                "Administrators and roster keepers. text/event-stream: event: progress (data: the import job JSON with its phase and phase progress) on each change, event: done with the final job at the end; a comment line as heartbeat after a silence (default 15 s, option Imports:EventsHeartbeatSeconds); after Imports:EventsMaxSeconds (default 600 s) event: timeout ends the stream: reconnect; a job that cannot be read any more ends it with event: error (a problem as JSON). An unknown job is a 404 before the stream starts.")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesEventStream().ProducesProblem(404);
        group.MapGet("/{id:guid}/report", Report)
            .WithName("GetImportReport")
            .Describe("导入错误报告", "The import's report",
                "系统管理员、名录库管理员。已完成导入的报告：CSV，每行为 行号、列、说明；文件名如 导入错误报告-<编号>.csv。任务未完成时 404。",
                "Administrators and roster keepers. The report of a finished import: CSV of row, column, message, named like 导入错误报告-<id>.csv. 404 while the job is running.")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesDownload("text/csv").ProducesProblem(404);
        return api;
    }

    private static Delegate UploadHandler(ImportRoster roster) => roster switch
    {
        ImportRoster.Targets => ImportTargets,
        ImportRoster.Officers => ImportOfficers,
        ImportRoster.Recusals => ImportRecusals,
        ImportRoster.InspectionHistory => ImportInspectionHistory,
        _ => throw new ArgumentOutOfRangeException(nameof(roster), roster, null),
    };

    private static Task<Accepted<ImportJobDto>> ImportTargets(
        IFormFile file, IMediator mediator, IOptions<ImportUploadOptions> limits, CancellationToken ct, [QueryEnum(typeof(ImportMode))] string? mode = null, string encoding = "auto") =>
        Upload(ImportRoster.Targets, file, mode, encoding, mediator, limits.Value, ct);

    private static Task<Accepted<ImportJobDto>> ImportOfficers(
        IFormFile file, IMediator mediator, IOptions<ImportUploadOptions> limits, CancellationToken ct, [QueryEnum(typeof(ImportMode))] string? mode = null, string encoding = "auto") =>
        Upload(ImportRoster.Officers, file, mode, encoding, mediator, limits.Value, ct);

    private static Task<Accepted<ImportJobDto>> ImportRecusals(
        IFormFile file, IMediator mediator, IOptions<ImportUploadOptions> limits, CancellationToken ct, [QueryEnum(typeof(ImportMode))] string? mode = null, string encoding = "auto") =>
        Upload(ImportRoster.Recusals, file, mode, encoding, mediator, limits.Value, ct);

    private static Task<Accepted<ImportJobDto>> ImportInspectionHistory(
        IFormFile file, IMediator mediator, IOptions<ImportUploadOptions> limits, CancellationToken ct, [QueryEnum(typeof(ImportMode))] string? mode = null, string encoding = "auto") =>
        Upload(ImportRoster.InspectionHistory, file, mode, encoding, mediator, limits.Value, ct);

    /// <summary>The file's name and extension are the command's validator's (StartImportValidator); its size is the route's.</summary>
    private static async Task<Accepted<ImportJobDto>> Upload(
        ImportRoster roster, IFormFile file, string? mode, string encoding, IMediator mediator, ImportUploadOptions limits, CancellationToken ct)
    {
        var parsedMode = QueryEnum.Parse<ImportMode>(mode, "mode") ?? ImportMode.DryRun;
        if (file.Length > limits.MaxUploadBytes)
        {
            throw new BadHttpRequestException(Text.Of(
                $"文件超过 {limits.MaxUploadBytes} 字节的上限", $"The file is larger than the limit of {limits.MaxUploadBytes} bytes."),
                StatusCodes.Status413PayloadTooLarge);
        }

        // The file store saves the upload (StartImport); from here on, only it creates or deletes the file.
        await using var content = file.OpenReadStream();
        var job = await mediator.Send(
            new StartImportCommand(roster, parsedMode, Path.GetFileName(file.FileName), content, encoding.ToLowerInvariant()), ct);
        return TypedResults.Accepted($"/api/v1/import-jobs/{job.Id}", job);
    }

    private static async Task<Ok<PagedResult<ImportJobDto>>> List(
        IMediator mediator, CancellationToken ct, [QueryEnum(typeof(ImportRoster))] string? roster = null, [QueryEnum(typeof(ImportJobStatus))] string? status = null, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListImportJobsQuery(
            QueryEnum.Parse<ImportRoster>(roster, "roster"), QueryEnum.Parse<ImportJobStatus>(status, "status"), page, pageSize), ct));

    private static async Task<Ok<ImportJobDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetImportJobQuery(id), ct));

    // 404 before the stream starts; then the stream runs until the job finishes (done), Imports:EventsMaxSeconds pass
    // (timeout), reading the job fails (error) or the client goes away (a comment, not
    // an XML summary: that would replace the operation's summary in the OpenAPI document).
    private static async Task<ImportJobEventStream> Events(
        Guid id, IMediator mediator, IOptions<ImportEventsOptions> options, IOptions<HttpJsonOptions> json, TimeProvider clock,
        ILogger<ImportJobEventStream> logger, CancellationToken ct) =>
        new(await mediator.Send(new WatchImportJobQuery(id), ct), options.Value, json.Value.SerializerOptions, clock, logger);

    private static async Task<PhysicalFileHttpResult> Report(Guid id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var path = await mediator.Send(new GetImportReportQuery(id), ct);
        DownloadName.Set(response, $"import-{id:N}-report.csv", $"导入错误报告-{id.ToString("N")[..8]}.csv");
        return TypedResults.PhysicalFile(path, "text/csv; charset=utf-8");
    }
}
