using System.Security.Cryptography;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Inspections.Evidence;
using DoubleRandom.Application.Inspections.Scanning;
using DoubleRandom.Domain.Inspections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Commands.ScanLicence;

/// <summary>
/// QR code first (ZXing), OCR when it yields no code (tesseract, chi_sim+eng); the code is checked with GB 32100 and
/// looked up in the roster and in the caller's open assignments. Writes nothing but an audit entry of the scan: the
/// image's SHA-256, the code read and the outcome, never the image.
/// </summary>
public sealed class ScanLicenceHandler(
    IApplicationDbContext db, ILicenceImageReader images, ITextRecognizer ocr, LicenceScanLimits limits, IAuditLog audit, ICurrentActor actor)
    : ICommandHandler<ScanLicenceCommand, LicenceScanDto>
{
    public const string AuditAction = "licence.scan";
    public const string AuditEntity = "LicenceScan";

    public async ValueTask<LicenceScanDto> Handle(ScanLicenceCommand command, CancellationToken cancellationToken)
    {
        var image = command.Image;
        if (image.Length == 0)
        {
            throw RequestValidationException.ForField("file", Text.Of("照片为空", "The photo is empty."));
        }

        if (EvidenceSniffer.PngOrJpeg(image) is null)
        {
            throw new UnsupportedContentException(Text.Of("营业执照照片须为 JPEG 或 PNG 图片（按文件内容判断）", "A licence photo must be a JPEG or PNG image (judged by its content)."));
        }

        var size = images.Probe(image);
        if (size is { } s && (long)s.Width * s.Height > limits.MaxPixels)
        {
            throw RequestValidationException.ForField("file", Text.Of(
                $"照片像素过多（{s.Width}×{s.Height}），上限为 {limits.MaxPixels} 像素", $"The photo has too many pixels ({s.Width}×{s.Height}); the limit is {limits.MaxPixels}."));
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(image));
        var (source, reading, name) = size is null ? (LicenceScanSource.Qr, null, null) : await ReadAsync(image, cancellationToken);
        if (reading is null)
        {
            await RecordAsync(sha, null, null, "unreadable", cancellationToken);
            throw new UnprocessableException("file", Text.Of(
                "照片中未能识别出营业执照的二维码或统一社会信用代码，请对准执照、保持清晰后重拍",
                "Neither the licence's QR code nor its unified social credit code could be read; photograph the licence squarely and sharply and try again."))
            {
                Code = "licence-unreadable",
            };
        }

        var target = await db.Targets.AsNoTracking()
            .Where(t => t.Code == reading.Code)
            .Select(t => new LicenceScanTargetDto(t.Code, t.Name, t.Kind, t.LegalRepresentative, t.Address, t.RegionCode, t.Status))
            .FirstOrDefaultAsync(cancellationToken);
        var assignments = target is null ? [] : await AssignmentsAsync(target.Code, cancellationToken);
        var status = target is null ? LicenceScanStatus.NotInRoster
            : assignments.Count == 0 ? LicenceScanStatus.NotAssignedToYou
            : LicenceScanStatus.Matched;
        await RecordAsync(sha, source, reading, status.ToString(), cancellationToken);
        return new LicenceScanDto(source, reading.Code, reading.IsValid, name, target, assignments, status, Message(status, reading, target));
    }

    private async Task<(LicenceScanSource, LicenceCodeReading?, string?)> ReadAsync(byte[] image, CancellationToken ct)
    {
        // Decoded once for both looks; the pixels are let go before the OCR engine runs on the prepared PNG.
        byte[] prepared;
        using (var photo = await images.DecodeAsync(image, ct))
        {
            if (photo is null)
            {
                return (LicenceScanSource.Qr, null, null);
            }

            if (LicenceText.CodeFromQr(photo.ReadQrCode()) is { } fromQr)
            {
                return (LicenceScanSource.Qr, fromQr, null);
            }

            prepared = photo.ForRecognition();
        }

        try
        {
            // Chinese and Latin first (the name, and the code beside its label); a Latin-only second look when that
            // found no valid code (digits are read more reliably without the Chinese model).
            var text = await ocr.RecognizeAsync(prepared, latinOnly: false, ct);
            var code = LicenceText.CodeFromOcr(text);
            if (code is not { IsValid: true } && LicenceText.CodeFromOcr(await ocr.RecognizeAsync(prepared, latinOnly: true, ct)) is { IsValid: true } latin)
            {
                code = latin;
            }

            return (LicenceScanSource.Ocr, code, LicenceText.NameFromOcr(text));
        }
        catch (TextRecognitionUnavailableException e)
        {
            throw new ServiceUnavailableException(Text.Of(
                "照片中没有可读的二维码，而文字识别（OCR）服务暂不可用，请稍后再试或手工输入统一社会信用代码",
                "The photo has no readable QR code and text recognition (OCR) is not available; try again later or enter the code by hand."), e)
            {
                Code = "ocr-unavailable",
            };
        }
    }

    /// <summary>The caller's groups of open (not closed) tasks that hold the target.</summary>
    private async Task<IReadOnlyList<LicenceScanAssignmentDto>> AssignmentsAsync(string targetCode, CancellationToken ct)
    {
        if (actor.UserId is not { } userId)
        {
            return [];
        }

        return [.. (await AssignedTargets.AllAsync(db, userId, ct))
            .Where(g => !g.TaskClosed && g.Targets.Any(t => string.Equals(t.Code, targetCode, StringComparison.Ordinal)))
            .Select(g => new LicenceScanAssignmentDto(g.TaskId, g.TaskName, g.GroupNumber))];
    }

    private Task RecordAsync(string sha, LicenceScanSource? source, LicenceCodeReading? reading, string outcome, CancellationToken ct) =>
        audit.RecordOperationAsync(AuditAction, AuditEntity, sha, null, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["imageSha256"] = sha,
            ["source"] = source?.ToString(),
            ["code"] = reading?.Code,
            ["codeValid"] = reading?.IsValid,
            ["outcome"] = outcome,
            ["user"] = actor.Name,
        }, ct);

    private static string Message(LicenceScanStatus status, LicenceCodeReading reading, LicenceScanTargetDto? target)
    {
        var check = reading.IsValid ? string.Empty : Text.Of("（校验位不符，请核对）", " (its check character is wrong: compare it with the licence)");
        return status switch
        {
            LicenceScanStatus.Matched => Text.Of($"已识别：{target!.Name}（{reading.Code}），是分配给您的检查对象",
                $"Recognised {target!.Name} ({reading.Code}), a target assigned to you."),
            LicenceScanStatus.NotAssignedToYou => Text.Of($"已识别：{target!.Name}（{reading.Code}），但该对象未分配给您，请勿对其开展检查",
                $"Recognised {target!.Name} ({reading.Code}), but this target is not assigned to you: do not inspect it."),
            _ => Text.Of($"已识别代码 {reading.Code}{check}，但检查对象名录中没有该对象",
                $"Read the code {reading.Code}{check}, but the roster has no such target."),
        };
    }
}
