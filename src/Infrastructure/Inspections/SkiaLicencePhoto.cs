using DoubleRandom.Application.Inspections;
using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace DoubleRandom.Infrastructure.Inspections;

/// <summary>
/// A decoded licence photo (BGRA, upright, bounded size): ZXing.Net reads its QR code from the pixels' luminance, and
/// the OCR preparation draws it cleaned up into a PNG. Disposing frees the pixels and gives the decoding slot back.
/// </summary>
internal sealed class SkiaLicencePhoto(SKBitmap bitmap, Action release) : ILicencePhoto
{
    /// <summary>
    /// The clean-up before OCR, tuned on the test suite's licences (print at 52 px, 3 % specks, JPEG, turned 3°): a blur
    /// of σ 1.7 px and a ramp eight times steeper than linear around 45 % grey.
    /// </summary>
    private const float BlurSigma = 1.7f, ContrastSlope = 8f, ContrastMidpoint = 0.45f;

    private Action? _release = release;

    public string? ReadQrCode()
    {
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
    public byte[] ForRecognition()
    {
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

    public void Dispose()
    {
        bitmap.Dispose();
        Interlocked.Exchange(ref _release, null)?.Invoke();
    }
}
