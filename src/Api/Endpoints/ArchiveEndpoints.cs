using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.Idempotency;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Archives;
using DoubleRandom.Application.Archives.Commands.ArchiveTask;
using DoubleRandom.Application.Archives.Queries.DownloadTaskArchive;
using DoubleRandom.Application.Archives.Queries.GetTaskArchive;
using DoubleRandom.Application.Archives.Queries.VerifyArchive;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using Mediator;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace DoubleRandom.Api.Endpoints;

/// <summary>电子档案 (§3.1.3, §6.3.2, §7.3): one ZIP per task, its metadata, its download and the check of a ZIP against its manifest.</summary>
public static class ArchiveEndpoints
{
    private const string Readers = "操作员、系统管理员、领导、监督人、分析员，数据范围内的任务（否则 404）。";
    private const string ReadersEn = "Operators, administrators, leaders, supervisors and analysts, for tasks in their data scope (404 otherwise).";

    public static void MapArchives(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Archives 电子档案");
        tasks.MapPost("/{taskId:guid}/archive", Archive)
            .WithName("ArchiveTask")
            .Describe("归档任务（生成电子档案）", "Archive a task (build its electronic archive)",
                "操作员、系统管理员，数据范围内的任务。任务须已结束（409 archive-task-not-closed）且检查结果已公开（409 archive-task-not-published），且只归档一次（409 already-archived）。生成一个 ZIP：抽取记录 PDF、DR1 验证包、抽取结果、各组汇总表（PDF 与签名）、每份检查记录、证据文件和签字图片，以及列出每个文件大小和 SHA-256 的 manifest.json；其 SHA-256 记入档案和审计链。归档后任务只读：对其记录的任何修改 409 task-archived。须带 Idempotency-Key。",
                "Operators and administrators, for tasks in scope. The task must be closed (409 archive-task-not-closed) and its results published (409 archive-task-not-published), and is archived once (409 already-archived). Builds one ZIP: the draw record PDF, the DR1 bundle, the draw result, each group's summary (PDF and signatures), every inspection record, the evidence files and signature images, and manifest.json listing every file's size and SHA-256; its SHA-256 is kept with the archive and in the audit chain. From then on the task is read-only: any change to its records is 409 task-archived. An Idempotency-Key is required.")
            .RequireAuthorization(Policies.ArchivesManage)
            .Produces<TaskArchiveDto>(StatusCodes.Status201Created)
            .ProducesProblem(404).ProducesConflict("archive-task-not-closed", "archive-task-not-published", "already-archived")
            .Idempotent();
        tasks.MapGet("/{taskId:guid}/archive", Get)
            .WithName("GetTaskArchive")
            .Describe("查看任务的电子档案", "Get a task's electronic archive",
                Readers + "ZIP 的 SHA-256 和大小、manifest.json 的 SHA-256、文件数、生成人和时间；任务未归档 404。",
                ReadersEn + " The ZIP's SHA-256 and size, the SHA-256 of manifest.json, the number of files, who built it and when; 404 when the task is not archived.")
            .RequireAuthorization(Policies.ArchivesRead)
            .ProducesProblem(404);
        tasks.MapGet("/{taskId:guid}/archive.zip", Download)
            .WithName("DownloadTaskArchive")
            .Describe("下载电子档案", "Download the electronic archive",
                Readers + "ZIP 文件，名如 电子档案-<任务名>.zip；ETag 为其 SHA-256（If-None-Match 相同时 304），支持 Range。每次下载记入审计（Range 请求仅在从第 0 字节开始时记入）。",
                ReadersEn + " The ZIP, named like 电子档案-<task>.zip; its SHA-256 is the ETag (304 for a matching If-None-Match); Range is honoured. Every download is audited (a Range request only when it starts at byte 0).")
            .RequireAuthorization(Policies.ArchivesRead)
            .ProducesStoredFile("application/zip")
            .ProducesProblem(404);
        api.MapPost("/archives/verification", Verify)
            .WithTags("Archives 电子档案")
            .WithName("VerifyArchive")
            .Describe("验证电子档案", "Verify an electronic archive",
                Readers.Replace("，数据范围内的任务（否则 404）", string.Empty, StringComparison.Ordinal)
                + "multipart 字段 file（.zip，不超过 Archives:MaxUploadBytes）。按 manifest.json 逐一核对每个文件的存在、大小和 SHA-256，再查 manifest 未列出的文件；任务在数据范围内且已归档时，还核对 manifest 的 SHA-256 与归档时记录的是否一致。valid 为 false 时 firstDifference 指明第一个不一致的文件及原因（missing、extra、size、sha256、manifest-malformed、manifest-digest）。不是 ZIP 或超过条目数/解压大小上限时 400（字段 file）；上传超过 Archives:MaxUploadBytes 时 413（读完表单之前）；同时验证的请求过多时 429（Retry-After）。",
                "Operators, administrators, leaders, supervisors and analysts. Multipart field file (.zip, at most Archives:MaxUploadBytes). Checks every file manifest.json lists — present, of its size, of its SHA-256 — then any file it does not list; for an archived task in the caller's scope, also that the manifest's SHA-256 is the one stored when it was archived. When valid is false, firstDifference names the first file that differs and why (missing, extra, size, sha256, manifest-malformed, manifest-digest). Not a ZIP, or over the entry-count or unpacked-size limit: 400 on file; an upload over Archives:MaxUploadBytes: 413 (before the form is read); too many verifications at once: 429 with Retry-After.")
            .RequireAuthorization(Policies.ArchivesRead)
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ArchiveLimits.MaxUploadBytesCeiling + FormOverheadBytes))
            .RequireRateLimiting(ArchiveVerifyRateLimit.PolicyName)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    /// <summary>What the multipart framing around the file may add to the body.</summary>
    private const long FormOverheadBytes = 1 << 20;

    private static async Task<Created<TaskArchiveDto>> Archive(Guid taskId, IMediator mediator, HttpRequest request, CancellationToken ct)
    {
        var archive = await mediator.Send(new ArchiveTaskCommand(taskId, request.PublicBaseUrl()), ct);
        return TypedResults.Created($"/api/v1/tasks/{taskId}/archive", archive);
    }

    private static async Task<Ok<TaskArchiveDto>> Get(Guid taskId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetTaskArchiveQuery(taskId), ct));

    private static async Task<FileStreamHttpResult> Download(Guid taskId, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        // One download, one audit entry: a Range request is audited only when it starts at byte 0.
        var range = request.GetTypedHeaders().Range;
        var audited = range is null || range.Ranges.Count == 0 || range.Ranges.Any(r => r.From is 0);
        var file = await mediator.Send(new DownloadTaskArchiveQuery(taskId, audited), ct);
        DownloadName.Set(response, $"archive-{taskId}.zip", $"电子档案-{DownloadName.Part(file.TaskName)}.zip");
        return TypedResults.File(file.Content, "application/zip", null, new DateTimeOffset(file.Archive.CreatedAtUtc, TimeSpan.Zero),
            new EntityTagHeaderValue($"\"{file.Archive.Sha256}\""), enableRangeProcessing: true);
    }

    private static async Task<Ok<ArchiveVerification>> Verify(HttpRequest request, IMediator mediator, ArchiveLimits limits, CancellationToken ct)
    {
        // The body limit is lowered to Archives:MaxUploadBytes (plus the form's framing) before the form is read: a larger
        // upload is 413 as soon as its Content-Length is seen or its bytes pass the limit, not after it was buffered.
        var max = limits.MaxUploadBytes + FormOverheadBytes;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = max;
        }

        if (request.ContentLength > max)
        {
            throw TooLarge(request.ContentLength.Value, limits);
        }

        var choose = Text.Of("请以 multipart/form-data 字段 file 上传要验证的 ZIP 文件", "Send the ZIP to verify as the multipart/form-data field file.");
        if (!request.HasFormContentType)
        {
            throw RequestValidationException.ForField("file", choose);
        }

        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = max }));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException e)
        {
            throw RequestValidationException.ForField("file", Text.Of($"表单无法读取：{e.Message}", $"The form cannot be read: {e.Message}"));
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            throw RequestValidationException.ForField("file", choose);
        }

        if (file.Length > limits.MaxUploadBytes)
        {
            throw TooLarge(file.Length, limits);
        }

        await using var stream = file.OpenReadStream();
        return TypedResults.Ok(await mediator.Send(new VerifyArchiveQuery(file.FileName, stream), ct));
    }

    private static BadHttpRequestException TooLarge(long length, ArchiveLimits limits) =>
        new(Text.Of($"上传为 {length} 字节，超过 {limits.MaxUploadBytes} 字节的上限（Archives:MaxUploadBytes）",
            $"The upload is {length} bytes; the limit is {limits.MaxUploadBytes} bytes (Archives:MaxUploadBytes)."), StatusCodes.Status413PayloadTooLarge);
}
