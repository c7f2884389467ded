using DoubleRandom.Api.Hosting;
using DoubleRandom.Api.Idempotency;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Requests;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Inspections.Evidence;
using DoubleRandom.Application.Inspections.Evidence.Commands.UploadEvidence;
using DoubleRandom.Application.Inspections.Evidence.Queries.GetEvidence;
using DoubleRandom.Application.Inspections.Evidence.Queries.GetEvidenceContent;
using DoubleRandom.Application.Inspections.Evidence.Queries.ListEvidence;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace DoubleRandom.Api.Endpoints;

/// <summary>/api/v1/inspection-evidence — 检查证据 (photos, recordings, videos, documents of an assigned target).</summary>
public static class EvidenceEndpoints
{
    private static readonly string[] DownloadTypes = [.. EvidenceSniffer.TypesByKind.Values.SelectMany(t => t)];

    public static void MapEvidence(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/inspection-evidence").WithTags("Evidence 检查证据");
        group.MapPost("/", Upload)
            .WithName("UploadEvidence")
            .Describe("上传检查证据（小文件）", "Upload evidence (a small file)",
                "检查人员，仅限分配给本组的检查对象（否则 404）。multipart 字段：taskId、targetCode、kind（photo/audio/video/document）、file，可选 capturedAtUtc、latitude、longitude（WGS-84）。"
                + "任务已结束 409 task-closed。须带 Idempotency-Key：同一键的重试得到第一次的应答，不重复保存。文件不超过 Evidence:MaxDirectUploadBytes（默认 20 MB，超过 413）；类型按文件内容判断，与 kind 不符时 400（字段 kind），不保存任何内容。大文件（视频）请用 tus 续传：/api/v1/uploads。",
                "Inspectors, for a target assigned to their group only (404 otherwise). Multipart fields: taskId, targetCode, kind (photo/audio/video/document), file, optional capturedAtUtc, latitude, longitude (WGS-84). "
                + "A closed task is 409 task-closed. An Idempotency-Key is required: a retry with the same key gets the first answer and stores nothing twice. At most Evidence:MaxDirectUploadBytes (20 MB by default; 413 beyond); the type is judged from the bytes, and one the kind does not allow is a 400 naming kind, with nothing stored. Large files (videos) go by tus: /api/v1/uploads.")
            .RequireAuthorization(Policies.InspectionsWork)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(EvidenceLimits.MaxDirectUploadBytesCeiling + (1 << 20)))
            .WithFormOptions(multipartBodyLengthLimit: EvidenceLimits.MaxDirectUploadBytesCeiling)
            .Produces<EvidenceDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(404).ProducesConflict("task-closed")
            .Idempotent();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetEvidence")
            .Describe("查看一份检查证据", "Get one piece of evidence",
                "检查对象所在检查组的成员，以及数据范围内的操作员、领导、监督人、管理员和分析员；其他人 404。",
                "The members of the group the target is assigned to, and operators, leaders, supervisors, administrators and analysts in scope; anyone else gets 404.")
            .RequireAuthorization(Policies.InspectionsRead)
            .ProducesProblem(404);
        group.MapGet("/{id:guid}/content", Download)
            .WithName("DownloadEvidence")
            .Describe("下载检查证据文件", "Download the evidence file",
                "同“查看一份检查证据”。以上传时按内容判定的类型返回，ETag 为其 SHA-256（If-None-Match 相同时 304），支持 Range。每次下载记入审计。",
                "As for getting the evidence. The file in the type judged from its bytes, with its SHA-256 as the ETag (304 for a matching If-None-Match); Range is honoured. Every download is audited.")
            .RequireAuthorization(Policies.InspectionsRead)
            .ProducesStoredFile("application/octet-stream", DownloadTypes)
            .ProducesProblem(404);
        api.MapGet("/tasks/{taskId:guid}/targets/{code}/evidence", List)
            .WithTags("Evidence 检查证据")
            .WithName("ListEvidence")
            .Describe("检查对象的证据列表", "List a target's evidence",
                "同“查看一份检查证据”：任务中一个检查对象的全部证据（含续传完成的），按上传时间排列。",
                "As for getting evidence: all evidence of one target of the task (finished resumable uploads included), in upload order.")
            .RequireAuthorization(Policies.InspectionsRead)
            .ProducesProblem(404);
    }

    // The form's text fields are read as text and parsed here, so each refusal names its field.
    private static async Task<Created<EvidenceDto>> Upload(
        [FromForm] string taskId, [FromForm] string targetCode, [FromForm] string kind, IFormFile file, IMediator mediator, EvidenceLimits limits,
        CancellationToken ct, [FromForm] string? capturedAtUtc = null, [FromForm] string? latitude = null, [FromForm] string? longitude = null)
    {
        if (file.Length > limits.MaxDirectUploadBytes)
        {
            throw new BadHttpRequestException(EvidenceTexts.TooLarge(limits.MaxDirectUploadBytes), StatusCodes.Status413PayloadTooLarge);
        }

        var command = new UploadEvidenceCommand(
            EvidenceFields.TaskId(taskId), targetCode, EvidenceFields.Kind(kind), file.FileName, Stream.Null,
            Parse(capturedAtUtc, "capturedAtUtc", EvidenceFields.Time, EvidenceFields.TimeExpected),
            Parse(latitude, "latitude", EvidenceFields.Number, EvidenceFields.NumberExpected),
            Parse(longitude, "longitude", EvidenceFields.Number, EvidenceFields.NumberExpected));
        await using var stream = file.OpenReadStream();
        var evidence = await mediator.Send(command with { Content = stream }, ct);
        return TypedResults.Created($"/api/v1/inspection-evidence/{evidence.Id}", evidence);
    }

    private static T? Parse<T>(string? text, string field, Func<string, (bool, T)> parse, string expected)
        where T : struct =>
        TusMetadata.Optional(new Dictionary<string, string>(StringComparer.Ordinal) { [field] = text ?? string.Empty }, field, parse, expected);

    private static async Task<Ok<EvidenceDto>> Get(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetEvidenceQuery(id), ct));

    private static async Task<FileStreamHttpResult> Download(Guid id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var file = await mediator.Send(new GetEvidenceContentQuery(id), ct);
        DownloadName.Set(response, $"evidence-{id}{Path.GetExtension(file.FileName)}", DownloadName.Part(file.FileName, DownloadName.MaxPartLength * 2));
        return TypedResults.File(file.Content, file.ContentType, null, new DateTimeOffset(file.UploadedAtUtc, TimeSpan.Zero),
            new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
    }

    private static async Task<Ok<IReadOnlyList<EvidenceDto>>> List(Guid taskId, string code, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListEvidenceQuery(taskId, code), ct));
}
