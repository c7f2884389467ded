using QRCoder;
using SkiaSharp;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>
/// Licence-like photos drawn here with SkiaSharp and the CJK font the test command installs: the title 营业执照, the
/// unified social credit code, the name and other fields, optionally a QR code (QRCoder) with the publicity system's URL,
/// turned by a few degrees and sprinkled with noise (a fixed seed, so every run draws the same picture).
/// </summary>
internal static class LicenceImages
{
    private const string FontPath = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private const int Width = 1800;
    private const int Height = 1250;

    public static byte[] Licence(string code, string name, string? qrText = null, bool printCode = true, float degrees = 0, double noise = 0,
        SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var typeface = SKTypeface.FromFile(FontPath) ?? throw new InvalidOperationException($"{FontPath} is missing: run scripts/test.sh, which installs fonts-wqy-microhei.");
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xD0, 0xD0, 0xD0));
        canvas.Save();
        canvas.RotateDegrees(degrees, Width / 2f, Height / 2f);
        using (var paper = new SKPaint { Color = new SKColor(0xFF, 0xFD, 0xF5) })
        {
            canvas.DrawRect(60, 50, Width - 120, Height - 100, paper);
        }

        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var red = new SKPaint { Color = new SKColor(0xB0, 0x20, 0x20), IsStroke = true, StrokeWidth = 8, IsAntialias = true };
        canvas.DrawRect(90, 80, Width - 180, Height - 160, red);
        using var title = new SKFont(typeface, 110);
        canvas.DrawText("营业执照", Width / 2f, 260, SKTextAlign.Center, title, ink);
        using var text = new SKFont(typeface, 52);
        var y = 430f;
        if (printCode)
        {
            canvas.DrawText($"统一社会信用代码  {code}", 180, y, SKTextAlign.Left, text, ink);
        }

        y += 110;
        foreach (var (label, value) in new[]
                 {
                     ("名      称", name), ("类      型", "有限责任公司"), ("法定代表人", "张建国"), ("住      所", "宁夏银川市金凤区北京中路100号"),
                 })
        {
            canvas.DrawText($"{label}   {value}", 180, y, SKTextAlign.Left, text, ink);
            y += 110;
        }

        if (qrText is not null)
        {
            DrawQr(canvas, qrText, Width - 520, 330, 360);
        }

        canvas.Restore();
        if (noise > 0)
        {
            Sprinkle(canvas, noise);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A grey photo with nothing on it.</summary>
    public static byte[] Blank()
    {
        using var surface = SKSurface.Create(new SKImageInfo(800, 600));
        surface.Canvas.Clear(new SKColor(0x80, 0x80, 0x80));
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    private static void DrawQr(SKCanvas canvas, string text, float left, float top, float size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var cell = size / modules.Count;
        using var white = new SKPaint { Color = SKColors.White };
        using var black = new SKPaint { Color = SKColors.Black };
        canvas.DrawRect(left - cell, top - cell, size + 2 * cell, size + 2 * cell, white);
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules.Count; column++)
            {
                if (modules[row][column])
                {
                    canvas.DrawRect(left + column * cell, top + row * cell, cell, cell, black);
                }
            }
        }
    }

    /// <summary>Grey specks over <paramref name="share"/> of the picture, the same ones every time.</summary>
    private static void Sprinkle(SKCanvas canvas, double share)
    {
        var random = new Random(14);
        using var speck = new SKPaint { IsAntialias = false };
        var count = (int)(Width * Height * share / 9);
        for (var i = 0; i < count; i++)
        {
            var shade = (byte)random.Next(60, 200);
            speck.Color = new SKColor(shade, shade, shade);
            canvas.DrawRect(random.Next(Width), random.Next(Height), 3, 3, speck);
        }
    }
}
