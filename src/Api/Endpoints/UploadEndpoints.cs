using System.Globalization;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Problems;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Inspections.Evidence;
using DoubleRandom.Application.Inspections.Uploads;
using DoubleRandom.Application.Inspections.Uploads.Commands.AppendUpload;
using DoubleRandom.Application.Inspections.Uploads.Commands.CreateUpload;
using DoubleRandom.Application.Inspections.Uploads.Commands.TerminateUpload;
using DoubleRandom.Application.Inspections.Uploads.Queries.GetUpload;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DoubleRandom.Api.Endpoints;

/// <summary>
/// /api/v1/uploads — resumable uploads by the tus 1.0 protocol (core, creation, checksum, termination, expiration;
/// ADR 18), so tus-js-client, TUSKit and tus-android-client work unchanged. A finished upload becomes evidence.
/// </summary>
public static class UploadEndpoints
{
    public const string TusVersion = "1.0.0";

    public const string OffsetContentType = "application/offset+octet-stream";

    public const string Extensions = "creation,checksum,termination,expiration";

    public static void MapUploads(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/uploads").WithTags("Uploads 续传上传").AddEndpointFilter(TusResumable);
        group.MapMethods("/", [HttpMethods.Options], Options)
            .WithName("DescribeUploads")
            .Describe("tus 服务能力", "tus capabilities",
                "检查人员。返回 Tus-Version、Tus-Extension（creation,checksum,termination,expiration）、Tus-Max-Size 和 Tus-Checksum-Algorithm（sha1,sha256）。",
                "Inspectors. Answers Tus-Version, Tus-Extension (creation,checksum,termination,expiration), Tus-Max-Size and Tus-Checksum-Algorithm (sha1,sha256).")
            .RequireAuthorization(Policies.InspectionsWork)
            .Produces(StatusCodes.Status204NoContent)
            .WithResponseHeader(StatusCodes.Status204NoContent, ResponseHeadersOperationFilter.TusVersion)
            .WithResponseHeader(StatusCodes.Status204NoContent, ResponseHeadersOperationFilter.TusExtension)
            .WithResponseHeader(StatusCodes.Status204NoContent, ResponseHeadersOperationFilter.TusMaxSize)
            .WithResponseHeader(StatusCodes.Status204NoContent, ResponseHeadersOperationFilter.TusChecksumAlgorithm);
        group.MapPost("/", Create)
            .WithName("CreateUpload")
            .Describe("创建续传上传（tus creation）", "Create a resumable upload (tus creation)",
                "检查人员，仅限分配给本组的检查对象（否则 404），任务已结束 409 task-closed。请求头：Tus-Resumable: 1.0.0（否则 412）、Upload-Length（不超过 Tus-Max-Size，否则 413）、"
                + "Upload-Metadata（Base64 值）：taskId、targetCode、kind、filename、sha256（整个文件的 SHA-256，十六进制），可选 capturedAtUtc、latitude、longitude。201，Location 为上传地址，Upload-Expires 为过期时间。",
                "Inspectors, for a target assigned to their group only (404 otherwise); a closed task is 409 task-closed. Headers: Tus-Resumable: 1.0.0 (else 412), Upload-Length (at most Tus-Max-Size, else 413), "
                + "Upload-Metadata (Base64 values): taskId, targetCode, kind, filename, sha256 (of the whole file, hex), optional capturedAtUtc, latitude, longitude. 201 with the upload's URL in Location and Upload-Expires.")
            .RequireAuthorization(Policies.InspectionsWork)
            .WithRequestHeader(ResponseHeadersOperationFilter.TusResumable)
            .WithRequestHeader(ResponseHeadersOperationFilter.UploadLength)
            .WithRequestHeader(RequestHeadersOperationFilter.TusMetadataHeader)
            .Produces(StatusCodes.Status201Created)
            .WithResponseHeader(StatusCodes.Status201Created, ResponseHeadersOperationFilter.TusResumable)
            .WithResponseHeader(StatusCodes.Status201Created, ResponseHeadersOperationFilter.UploadExpires)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("task-closed").ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapMethods("/{id:guid}", [HttpMethods.Head], Head)
            .WithName("GetUploadOffset")
            .Describe("查询续传偏移（tus HEAD）", "Get the upload's offset (tus HEAD)",
                "仅上传者本人（他人、过期或不存在时 404）。Upload-Offset 为服务端已持久保存的字节数，从这里续传；完成后 Evidence-Location 指向形成的证据。",
                "The uploader only (404 for anyone else, an expired or unknown upload). Upload-Offset is the bytes the service holds durably: resume from there; once finished, Evidence-Location names the evidence.")
            .RequireAuthorization(Policies.InspectionsWork)
            .WithRequestHeader(ResponseHeadersOperationFilter.TusResumable)
            .Produces(StatusCodes.Status200OK)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.UploadOffset)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.UploadLength)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.UploadExpires)
            .WithResponseHeader(StatusCodes.Status200OK, ResponseHeadersOperationFilter.EvidenceLocation)
            .ProducesProblem(404).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPatch("/{id:guid}", Patch)
            .WithName("AppendUpload")
            .Describe("续传数据（tus PATCH）", "Send bytes (tus PATCH)",
                "仅上传者本人（否则 404），且仍为分配的检查组成员、任务未结束（否则 409 task-closed 或 404，在读取数据前拒绝并删除该上传）。已完成的上传重发 PATCH 时直接 204（Upload-Offset 为总长度，带 Evidence-Location）。Content-Type: application/offset+octet-stream（否则 415），Upload-Offset 须等于服务端偏移（否则 409 upload-offset-mismatch）；"
                + "可带 Upload-Checksum（sha1/sha256，Base64），不符时 460 并丢弃本段。连接中断时已收到的字节保留。最后一个字节到达后核对 sha256 和文件类型：不符时 400（字段 sha256 或 kind），上传作废；相符则形成证据（Evidence-Location）。",
                "The uploader only (404 otherwise), still an assigned group member of an open task (else 409 task-closed or 404, refused before any byte is read, and the upload is removed). A PATCH to a finished upload is a 204 at once (Upload-Offset = length, with Evidence-Location). Content-Type: application/offset+octet-stream (else 415); Upload-Offset must be the service's offset (else 409 upload-offset-mismatch); "
                + "an Upload-Checksum (sha1/sha256, Base64) that does not match is 460 and the chunk is discarded. Bytes that arrived before a broken connection are kept. After the last byte the sha256 and the type are checked: a mismatch is a 400 naming sha256 or kind and the upload is dropped; otherwise it becomes evidence (Evidence-Location).")
            .RequireAuthorization(Policies.InspectionsWork)
            .Accepts<Stream>(OffsetContentType)
            .WithRequestHeader(ResponseHeadersOperationFilter.TusResumable)
            .WithRequestHeader(ResponseHeadersOperationFilter.UploadOffset)
            .WithRequestHeader(RequestHeadersOperationFilter.UploadChecksumHeader, required: false)
            .WithMetadata(new RequestSizeLimitAttribute(EvidenceLimits.MaxResumableBytesCeiling))
            .Produces(StatusCodes.Status204NoContent)
            .WithResponseHeader(StatusCodes.Status204NoContent, ResponseHeadersOperationFilter.UploadOffset)
            .WithResponseHeader(StatusCodes.Status204NoContent, ResponseHeadersOperationFilter.UploadExpires)
            .WithResponseHeader(StatusCodes.Status204NoContent, ResponseHeadersOperationFilter.EvidenceLocation)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("upload-offset-mismatch", "task-closed")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(460);
        group.MapDelete("/{id:guid}", Delete)
            .WithName("TerminateUpload")
            .Describe("放弃续传上传（tus termination）", "Terminate an upload (tus termination)",
                "仅上传者本人（否则 404）。删除未完成的上传及其已收到的数据；已完成的上传已是证据，不能这样删除（404）。",
                "The uploader only (404 otherwise). Removes an unfinished upload and the bytes it received; a finished one is evidence and is not removed this way (404).")
            .RequireAuthorization(Policies.InspectionsWork)
            .WithRequestHeader(ResponseHeadersOperationFilter.TusResumable)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(404).ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    /// <summary>
    /// Every answer under these routes says <c>Tus-Resumable</c> (<see cref="Hosting.TusResumableHeader"/>, before
    /// authentication, so 401/403/413 say it too); a request other than OPTIONS without <c>Tus-Resumable: 1.0.0</c> is refused with 412 and the versions the service speaks.
    /// </summary>
    private static async ValueTask<object?> TusResumable(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsOptions(http.Request.Method) && http.Request.Headers[ResponseHeadersOperationFilter.TusResumable] != TusVersion)
        {
            http.Response.Headers[ResponseHeadersOperationFilter.TusVersion] = TusVersion;
            return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, type: ProblemTypes.TusVersion,
                title: Text.Of("不支持的 tus 版本", "Unsupported tus version"),
                detail: Text.Of($"请求头 Tus-Resumable 须为 {TusVersion}", $"The Tus-Resumable header must be {TusVersion}."));
        }

        return await next(context);
    }

    private static NoContent Options(HttpResponse response, EvidenceLimits limits)
    {
        response.Headers[ResponseHeadersOperationFilter.TusVersion] = TusVersion;
        response.Headers[ResponseHeadersOperationFilter.TusExtension] = Extensions;
        response.Headers[ResponseHeadersOperationFilter.TusMaxSize] = limits.MaxResumableBytes.ToString(CultureInfo.InvariantCulture);
        response.Headers[ResponseHeadersOperationFilter.TusChecksumAlgorithm] = string.Join(',', ChunkChecksum.Algorithms);
        return TypedResults.NoContent();
    }

    private static async Task<Created> Create(HttpRequest request, HttpResponse response, IMediator mediator, EvidenceLimits limits, CancellationToken ct)
    {
        if (request.Headers.ContainsKey("Upload-Defer-Length"))
        {
            throw RequestValidationException.ForField("Upload-Defer-Length", Text.Of("不支持延后声明长度，请提供 Upload-Length", "Deferred length is not supported; send Upload-Length."));
        }

        if (request.ContentLength > 0)
        {
            throw RequestValidationException.ForField("body", Text.Of("创建时不接收数据（不支持 creation-with-upload），请用 PATCH 发送", "Creation takes no data (no creation-with-upload); send it with PATCH."));
        }

        var length = TusMetadata.Length(request, ResponseHeadersOperationFilter.UploadLength)
            ?? throw RequestValidationException.ForField(ResponseHeadersOperationFilter.UploadLength, Text.Of("须提供 Upload-Length", "Upload-Length is required."));
        if (length > limits.MaxResumableBytes)
        {
            throw new BadHttpRequestException(EvidenceTexts.TooLarge(limits.MaxResumableBytes), StatusCodes.Status413PayloadTooLarge);
        }

        var meta = TusMetadata.Parse(request.Headers[TusMetadata.Header].ToString());
        var upload = await mediator.Send(new CreateUploadCommand(
            EvidenceFields.TaskId(TusMetadata.Required(meta, "taskId")), TusMetadata.Required(meta, "targetCode"),
            EvidenceFields.Kind(TusMetadata.Required(meta, "kind")), TusMetadata.Required(meta, "filename"), TusMetadata.Required(meta, "sha256"), length,
            TusMetadata.Optional(meta, "capturedAtUtc", EvidenceFields.Time, EvidenceFields.TimeExpected),
            TusMetadata.Optional(meta, "latitude", EvidenceFields.Number, EvidenceFields.NumberExpected),
            TusMetadata.Optional(meta, "longitude", EvidenceFields.Number, EvidenceFields.NumberExpected)), ct);
        response.Headers[ResponseHeadersOperationFilter.UploadExpires] = upload.ExpiresAtUtc.ToString("r", CultureInfo.InvariantCulture);
        return TypedResults.Created($"/api/v1/uploads/{upload.Id}");
    }

    private static async Task<Ok> Head(Guid id, HttpResponse response, IMediator mediator, CancellationToken ct)
    {
        var upload = await mediator.Send(new GetUploadQuery(id), ct);
        State(response, upload);
        response.Headers[ResponseHeadersOperationFilter.UploadLength] = upload.Length.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok();
    }

    private static async Task<NoContent> Patch(Guid id, HttpRequest request, HttpResponse response, IMediator mediator)
    {
        if (!string.Equals(request.ContentType, OffsetContentType, StringComparison.OrdinalIgnoreCase))
        {
            throw new Application.Draws.UnsupportedContentException(Text.Of(
                $"Content-Type 须为 {OffsetContentType}", $"The Content-Type must be {OffsetContentType}."));
        }

        var offset = TusMetadata.Length(request, ResponseHeadersOperationFilter.UploadOffset)
            ?? throw RequestValidationException.ForField(ResponseHeadersOperationFilter.UploadOffset, Text.Of("须提供 Upload-Offset", "Upload-Offset is required."));
        // Not the request's token: a client that has gone may have left bytes in the server's buffers, and they are read
        // and kept (the body's read fails at its end, not before); a stalled body is ended by Kestrel's minimum data rate.
        var upload = await mediator.Send(
            new AppendUploadCommand(id, offset, request.Body, Checksum(request.Headers["Upload-Checksum"].ToString())), CancellationToken.None);
        State(response, upload);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Delete(Guid id, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new TerminateUploadCommand(id), ct);
        return TypedResults.NoContent();
    }

    private static void State(HttpResponse response, UploadDto upload)
    {
        response.Headers[ResponseHeadersOperationFilter.UploadOffset] = upload.Offset.ToString(CultureInfo.InvariantCulture);
        if (upload.EvidenceId is { } evidence)
        {
            response.Headers[ResponseHeadersOperationFilter.EvidenceLocation] = $"/api/v1/inspection-evidence/{evidence}";
        }
        else
        {
            response.Headers[ResponseHeadersOperationFilter.UploadExpires] = upload.ExpiresAtUtc.ToString("r", CultureInfo.InvariantCulture);
        }
    }

    /// <summary><c>Upload-Checksum: &lt;algorithm&gt; &lt;Base64 digest&gt;</c>; null when absent.</summary>
    private static ChunkChecksum? Checksum(string header)
    {
        if (header.Length == 0)
        {
            return null;
        }

        var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var field = "Upload-Checksum";
        if (parts.Length != 2 || !ChunkChecksum.Algorithms.Contains(parts[0]))
        {
            throw RequestValidationException.ForField(field, Text.Of(
                $"Upload-Checksum 应为“算法 Base64摘要”，算法为 {string.Join('、', ChunkChecksum.Algorithms)}",
                $"Upload-Checksum is \"algorithm base64digest\" with one of {string.Join(", ", ChunkChecksum.Algorithms)}."));
        }

        var digest = new byte[64];
        return Convert.TryFromBase64String(parts[1], digest, out var written) && written == (parts[0] == "sha1" ? 20 : 32)
            ? new ChunkChecksum(parts[0], digest[..written])
            : throw RequestValidationException.ForField(field, Text.Of("校验值不是该算法的 Base64 摘要", "The digest is not Base64 of that algorithm's size."));
    }
}
