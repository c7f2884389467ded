using DoubleRandom.Application.Inspections;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace DoubleRandom.Infrastructure.Inspections;

/// <summary>
/// SkiaSharp decodes the photo once, already scaled down (a JPEG's decoder scales by eighths while it decodes, so a
/// 40-megapixel photo never exists as a full-size bitmap), upright and at most <see cref="MaxSide"/> on its longer side;
/// the <see cref="SkiaLicencePhoto"/> serves the QR search and the OCR preparation from that one bitmap. At most
/// <see cref="TextRecognitionOptions.MaxConcurrent"/> photos are decoded and held at once (a slot is kept until the photo
/// is disposed), so memory is bounded by the slots, not by the number of concurrent scans.
/// </summary>
internal sealed class SkiaLicenceImageReader(IOptions<TextRecognitionOptions> options) : ILicenceImageReader, IDisposable
{
    /// <summary>
    /// The longer side of the decoded photo: the OCR engine gains nothing from more pixels, and a licence's QR code
    /// stays large enough to read.
    /// </summary>
    private const int MaxSide = 3000;

    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrent, options.Value.MaxConcurrent);

    public (int Width, int Height)? Probe(byte[] image)
    {
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data);
        return codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0 ? null : (codec.Info.Width, codec.Info.Height);
    }

    public async Task<ILicencePhoto?> DecodeAsync(byte[] image, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            if (Decode(image, MaxSide) is { } bitmap)
            {
                return new SkiaLicencePhoto(bitmap, () => _slots.Release());
            }
        }
        catch
        {
            _slots.Release();
            throw;
        }

        _slots.Release();
        return null;
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>
    /// The photo upright (EXIF orientation applied), as BGRA, its longer side at most <paramref name="maxSide"/>: the
    /// codec decodes at the nearest scale it supports at or above the wanted one (JPEG: n/8), and only that smaller
    /// bitmap is drawn down to the exact size.
    /// </summary>
    private static SKBitmap? Decode(byte[] image, int maxSide)
    {
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return null;
        }

        var scale = Math.Min(1.0, (double)maxSide / Math.Max(codec.Info.Width, codec.Info.Height));
        var size = scale < 1.0 ? codec.GetScaledDimensions((float)scale) : codec.Info.Size;
        if (size.Width < codec.Info.Width * scale || size.Height < codec.Info.Height * scale)
        {
            size = codec.Info.Size;
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Bgra8888, SKAlphaType.Premul);
        var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            decoded.Dispose();
            return null;
        }

        var width = Math.Max(1, (int)(codec.Info.Width * scale));
        var height = Math.Max(1, (int)(codec.Info.Height * scale));
        var turned = codec.EncodedOrigin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom or SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightBottom;
        if (width == info.Width && height == info.Height && codec.EncodedOrigin == SKEncodedOrigin.TopLeft)
        {
            return decoded;
        }

        var upright = new SKBitmap(new SKImageInfo(turned ? height : width, turned ? width : height, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(upright))
        using (var picture = SKImage.FromBitmap(decoded))
        {
            canvas.Clear(SKColors.White);
            canvas.SetMatrix(Orientation(codec.EncodedOrigin, width, height));
            canvas.DrawImage(picture, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear));
        }

        decoded.Dispose();
        return upright;
    }

    /// <summary>The transform that turns an image stored in <paramref name="origin"/> upright (mirrored origins as their rotation).</summary>
    private static SKMatrix Orientation(SKEncodedOrigin origin, int width, int height) => origin switch
    {
        SKEncodedOrigin.BottomRight or SKEncodedOrigin.BottomLeft => SKMatrix.CreateRotationDegrees(180, width / 2f, height / 2f),
        SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftTop => SKMatrix.CreateTranslation(height, 0).PreConcat(SKMatrix.CreateRotationDegrees(90)),
        SKEncodedOrigin.LeftBottom or SKEncodedOrigin.RightBottom => SKMatrix.CreateTranslation(0, width).PreConcat(SKMatrix.CreateRotationDegrees(270)),
        _ => SKMatrix.Identity,
    };
}
