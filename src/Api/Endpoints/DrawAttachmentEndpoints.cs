using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Draws.Commands.UploadAttachment;
using DoubleRandom.Application.Draws.Queries.GetAttachment;
using DoubleRandom.Domain.Draws;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DoubleRandom.Api.Endpoints;

/// <summary>Signed records and signing videos of a draw.</summary>
public static class DrawAttachmentEndpoints
{
    public static void MapDrawAttachments(this RouteGroupBuilder draws)
    {
        draws.MapGet("/{id:guid}/attachments/{attachmentId:guid}", Download)
            .WithName("DownloadDrawAttachment")
            .Describe("下载附件", "Download an attachment",
                "所有已登录用户。以上传时判定的类型返回文件，ETag 为其 SHA-256：If-None-Match 相同时 304，支持 Range（206/416）和 If-Match（412）。每次下载记入审计。",
                "Every signed-in user. The file in the type judged at upload, with its SHA-256 as the ETag: 304 for a matching If-None-Match; Range (206/416) and If-Match (412) are honoured. Every download is recorded in the audit trail.")
            .RequireAuthorization(Policies.TasksRead)
            .ProducesStoredFile("application/octet-stream", "application/pdf", "image/jpeg", "image/png", "video/mp4")
            .ProducesProblem(404);
        draws.MapPost("/{id:guid}/attachments", Upload)
            .WithName("UploadDrawAttachment")
            .Describe("上传附件", "Upload an attachment",
                "抽取人、监督人。上传签字的抽取记录（kind=signedRecord：PDF/JPEG/PNG，≤ 50 MB）或签字过程视频（kind=signingVideo：MP4，≤ 500 MB），类型按内容判定（不符则 415）。抽取须已封存（409 draw-not-sealed）。",
                "Operators and supervisors. Uploads the signed record (kind=signedRecord: PDF/JPEG/PNG, ≤ 50 MB) or a signing video (kind=signingVideo: MP4, ≤ 500 MB); the type is judged by the content (415 when it does not fit). The draw must be sealed (409 draw-not-sealed).")
            .RequireAuthorization(Policies.AttachmentsUpload).Accepts<IFormFile>("multipart/form-data").DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(AttachmentLimitOptions.MaxVideoBytesDefault + (1 << 20))).WithFormOptions(multipartBodyLengthLimit: AttachmentLimitOptions.MaxVideoBytesDefault)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("draw-not-sealed");
    }

    private static async Task<FileStreamHttpResult> Download(Guid id, Guid attachmentId, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var file = await mediator.Send(new GetAttachmentQuery(id, attachmentId), ct);
        DownloadName.Set(response, $"attachment-{attachmentId}{Path.GetExtension(file.FileName)}", DownloadName.Part(file.FileName, DownloadName.MaxPartLength * 2));
        return TypedResults.File(file.Content, file.ContentType, null, new DateTimeOffset(file.UploadedAtUtc, TimeSpan.Zero),
            new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
    }

    private static async Task<Created<AttachmentDto>> Upload(
        Guid id, IFormFile file, IMediator mediator, IOptions<AttachmentLimitOptions> limits, CancellationToken ct, [QueryEnum(typeof(AttachmentKind))] string? kind = null)
    {
        var parsed = QueryEnum.Parse<AttachmentKind>(kind, "kind") ?? AttachmentKind.SignedRecord;
        var limit = parsed == AttachmentKind.SigningVideo
            ? limits.Value.MaxVideoBytes
            : limits.Value.MaxDocumentBytes;
        if (file.Length > limit)
        {
            throw new BadHttpRequestException(Text.Of($"文件为 {file.Length} 字节，超过此类附件 {limit} 字节的上限",
                $"The file is {file.Length} bytes; the limit for {parsed} is {limit} bytes."), StatusCodes.Status413PayloadTooLarge);
        }

        await using var stream = file.OpenReadStream();
        var a = await mediator.Send(new UploadAttachmentCommand(id, parsed, file.FileName, stream), ct);
        return TypedResults.Created($"/api/v1/draws/{id}/attachments/{a.Id}", a);
    }
}
