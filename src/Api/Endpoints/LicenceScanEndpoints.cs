using DoubleRandom.Api.Idempotency;
using DoubleRandom.Api.OpenApi;
using DoubleRandom.Api.Security;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Inspections.Commands.ScanLicence;
using DoubleRandom.Application.Inspections.Scanning;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DoubleRandom.Api.Endpoints;

/// <summary>Scanning a target's business licence on site (§3.1.2 扫码、OCR 识别).</summary>
public static class LicenceScanEndpoints
{
    /// <summary>The largest body the route lets through; <see cref="LicenceScanLimits.MaxBytes"/> decides below it (413).</summary>
    private const long RouteBodyLimit = 100L * 1024 * 1024 + (1 << 20);

    public static void MapLicenceScans(this RouteGroupBuilder api)
    {
        api.MapPost("/me/licence-scans", Scan)
            .WithName("ScanLicence")
            .WithTags("Inspections 现场检查")
            .Describe("扫描营业执照", "Scan a business licence",
                "执法检查人员。上传营业执照照片（multipart 字段 file，JPEG 或 PNG，按内容判断；默认 ≤ 10 MB、≤ 4000 万像素）：先识别二维码，读不出代码时用 OCR 识别统一社会信用代码和名称；按 GB 32100 校验代码，在检查对象名录中查找，并列出该对象在您未结束任务中的分配。status：matched（已分配给您）、notInRoster（名录中没有）、notAssignedToYou（未分配给您）。照片中读不出代码时 422（licence-unreadable）；需要 OCR 而 OCR 不可用时 503（ocr-unavailable）。不保存照片，只记审计（照片的 SHA-256、识别出的代码和结果）。",
                "Inspectors. Upload a photo of the business licence (multipart field file, JPEG or PNG judged by its content; by default ≤ 10 MB and ≤ 40 megapixels): its QR code is read first; when that yields no code, OCR reads the unified social credit code and the name. The code is checked with GB 32100, looked up in the roster, and the caller's open assignments of that target are listed. status: matched (assigned to you), notInRoster, notAssignedToYou. A photo with no readable code is a 422 (licence-unreadable); a photo that needs OCR while OCR is not available is a 503 (ocr-unavailable). The photo is not kept; the audit trail records its SHA-256, the code read and the outcome.")
            .RequireAuthorization(Policies.InspectionsWork)
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(RouteBodyLimit)).WithFormOptions(multipartBodyLengthLimit: RouteBodyLimit)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .Idempotent();
    }

    private static async Task<Ok<LicenceScanDto>> Scan(IFormFile file, IMediator mediator, LicenceScanLimits limits, CancellationToken ct)
    {
        if (file.Length > limits.MaxBytes)
        {
            throw new BadHttpRequestException(Text.Of($"照片为 {file.Length} 字节，超过 {limits.MaxBytes} 字节的上限",
                $"The photo is {file.Length} bytes; the limit is {limits.MaxBytes} bytes."), StatusCodes.Status413PayloadTooLarge);
        }

        var image = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(image, ct);
        }

        return TypedResults.Ok(await mediator.Send(new ScanLicenceCommand(image), ct));
    }
}
