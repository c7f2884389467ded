using DoubleRandom.Api.Events;
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
            .WithSummary("Upload a CSV (UTF-8 or GB18030) or XLSX file; mode=dryRun (default) validates only, mode=apply writes all rows or none, mode=applyValid writes the valid rows")
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
            .WithName("ListImportJobs").WithSummary("Recent import jobs, newest first (filters roster, status)")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetImportJob").WithSummary("Status and progress of an import (rowsDone, rowsTotal, etaSeconds; counts when finished)")
            .RequireAuthorization(Policies.RosterWrite)
            .ProducesProblem(404);
        group.MapGet("/{id:guid}/events", Events)
            .WithName("WatchImportJob")
            .WithSummary("导入进度推送（SSE）/ An import's progress as server-sent events")
            .WithDescription("text/event-stream：每次变化发送 event: progress（data 为导入任务 JSON），结束时发送 event: done；约每 15 秒一行注释作心跳。"
                + " / text/event-stream: event: progress (data: the import job JSON) on each change, event: done with the final job at the end; a comment line as heartbeat about every 15 s.")
            .RequireAuthorization(Policies.RosterWrite)
            .Produces<ImportJobDto>(200, ImportJobEventStream.ContentType).ProducesProblem(404);
        group.MapGet("/{id:guid}/report", Report)
            .WithName("GetImportReport").WithSummary("The report of a finished import: CSV of row, column, message")
            .RequireAuthorization(Policies.RosterWrite)
            .Produces(200, contentType: "text/csv").ProducesProblem(404);
        return api;
    }

    private static Delegate UploadHandler(ImportRoster roster) => roster switch
    {
        ImportRoster.Targets => ImportTargets,
        ImportRoster.Officers => ImportOfficers,
        ImportRoster.Recusals => ImportRecusals,
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

    /// <summary>404 before the stream starts; then the stream runs until the job finishes or the client goes away.</summary>
    private static async Task<ImportJobEventStream> Events(
        Guid id, IMediator mediator, IOptions<ImportEventsOptions> options, IOptions<HttpJsonOptions> json, TimeProvider clock, CancellationToken ct) =>
        new(await mediator.Send(new WatchImportJobQuery(id), ct), options.Value, json.Value.SerializerOptions, clock);

    private static async Task<PhysicalFileHttpResult> Report(Guid id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var path = await mediator.Send(new GetImportReportQuery(id), ct);
        DownloadName.Set(response, $"import-{id:N}-report.csv", $"导入错误报告-{id.ToString("N")[..8]}.csv");
        return TypedResults.PhysicalFile(path, "text/csv; charset=utf-8");
    }
}
