using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.Security;
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
            .WithName("DownloadDrawAttachment").WithSummary("Download an attachment (its stored type, SHA-256 as the ETag); recorded in the audit trail")
            .RequireAuthorization(Policies.TasksRead)
            .Produces(200, contentType: "application/octet-stream").ProducesProblem(404);
        draws.MapPost("/{id:guid}/attachments", Upload)
            .WithName("UploadDrawAttachment").WithSummary("Upload the signed record (PDF/JPEG/PNG, ≤ 50 MB) or a signing video (MP4, ≤ 500 MB); type judged by content")
            .RequireAuthorization(Policies.AttachmentsUpload).Accepts<IFormFile>("multipart/form-data").DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(AttachmentLimitOptions.MaxVideoBytesDefault + (1 << 20))).WithFormOptions(multipartBodyLengthLimit: AttachmentLimitOptions.MaxVideoBytesDefault)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
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
            throw new BadHttpRequestException($"The file is {file.Length} bytes; the limit for {parsed} is {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        await using var stream = file.OpenReadStream();
        var a = await mediator.Send(new UploadAttachmentCommand(id, parsed, file.FileName, stream), ct);
        return TypedResults.Created($"/api/v1/draws/{id}/attachments/{a.Id}", a);
    }
}
