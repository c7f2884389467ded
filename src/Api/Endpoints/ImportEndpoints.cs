using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Application.Rosters.Imports.Queries.GetImportJob;
using DoubleRandom.Application.Rosters.Imports.Queries.GetImportReport;
using DoubleRandom.Application.Rosters.Imports.Queries.ListImportJobs;
using DoubleRandom.Application.Rosters.Imports.Commands.StartImport;
using DoubleRandom.Domain.Rosters;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DoubleRandom.Api.Endpoints;

/// <summary>Batch import as background jobs: upload → 202 with the job → poll → report CSV.</summary>
public static class ImportEndpoints
{
    /// <summary>Uploads up to 200 MB (a million targets as CSV is about 200 MB).</summary>
    public const long MaxUploadBytes = 200L * 1024 * 1024;

    /// <summary>The stored file name's column width.</summary>
    public const int MaxFileNameLength = 255;

    public static void MapImport(this RouteGroupBuilder group, string pattern, ImportRoster roster, string name) =>
        group.MapPost(pattern, (IFormFile file, IMediator mediator, CancellationToken ct, string? mode = null, string encoding = "auto") =>
                Upload(roster, file, QueryEnum.Parse<ImportMode>(mode, "mode") ?? ImportMode.DryRun, encoding, mediator, ct))
            .WithName(name).RequireAuthorization(Policies.RosterWrite)
            .WithSummary("Upload a CSV (UTF-8 or GB18030) or XLSX file; mode=dryRun (default) validates only, mode=apply writes all rows or none, mode=applyValid writes the valid rows")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxUploadBytes)
            .ProducesValidationProblem();

    public static RouteGroupBuilder MapImportJobs(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/import-jobs").WithTags("Import jobs 批量导入");
        group.MapGet("/", List).WithName("ListImportJobs").RequireAuthorization(Policies.RosterWrite)
            .WithSummary("Recent import jobs, newest first (filters roster, status)").ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get).WithName("GetImportJob").RequireAuthorization(Policies.RosterWrite)
            .WithSummary("Status and progress of an import (rowsDone, rowsTotal, etaSeconds; counts when finished)").ProducesProblem(404);
        group.MapGet("/{id:guid}/report", Report).WithName("GetImportReport").RequireAuthorization(Policies.RosterWrite)
            .WithSummary("The report of a finished import: CSV of row, column, message").Produces(200, contentType: "text/csv").ProducesProblem(404);
        return api;
    }

    private static async Task<Accepted<ImportJobDto>> Upload(
        ImportRoster roster, IFormFile file, ImportMode mode, string encoding, IMediator mediator, CancellationToken ct)
    {
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx" or ".txt"))
        {
            throw RequestValidationException.ForField("file", Text.Of("文件应为 .csv 或 .xlsx", "The file must be .csv or .xlsx."));
        }

        var fileName = Path.GetFileName(file.FileName);
        if (fileName.Length > MaxFileNameLength)
        {
            throw RequestValidationException.ForField("file", Text.Of(
                $"文件名不能超过 {MaxFileNameLength} 个字符", $"The file name is longer than {MaxFileNameLength} characters."));
        }

        // The file store saves the upload (StartImport); from here on, only it creates or deletes the file.
        await using var content = file.OpenReadStream();
        var job = await mediator.Send(new StartImportCommand(roster, mode, fileName, content, encoding.ToLowerInvariant()), ct);
        return TypedResults.Accepted($"/api/v1/import-jobs/{job.Id}", job);
    }

    private static async Task<Ok<PagedResult<ImportJobDto>>> List(
        IMediator mediator, CancellationToken ct, string? roster = null, string? status = null, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await mediator.Send(new ListImportJobsQuery(
            QueryEnum.Parse<ImportRoster>(roster, "roster"), QueryEnum.Parse<ImportJobStatus>(status, "status"), page, pageSize), ct));

    private static async Task<Ok<ImportJobDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetImportJobQuery(id), ct));

    private static async Task<PhysicalFileHttpResult> Report(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.PhysicalFile(await mediator.Send(new GetImportReportQuery(id), ct), "text/csv; charset=utf-8", $"import-{id:N}-report.csv");
}
