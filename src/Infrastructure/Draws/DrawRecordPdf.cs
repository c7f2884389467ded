using System.Globalization;
using DoubleRandom.Application.Draws;
using QRCoder;
using SkiaSharp;

namespace DoubleRandom.Infrastructure.Draws;

/// <summary>
/// The 抽取记录 as an A4 PDF (SkiaSharp's PDF backend). A CJK font is required: without one Chinese prints as
/// boxes, so a missing font is an error, not a silent fallback. Default: Debian's fonts-wqy-microhei.
/// </summary>
public sealed class DrawRecordPdf(string fontPath) : IDrawRecordRenderer
{
    private const float Width = 595, Height = 842, Margin = 50;

    public byte[] Render(DrawRecordModel m)
    {
        using var typeface = SKTypeface.FromFile(fontPath)
            ?? throw new InvalidOperationException($"The CJK font {fontPath} is missing (apt-get install fonts-wqy-microhei, or set Records:FontPath).");
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = $"抽取记录 {m.TaskName}", Creator = "DoubleRandom" }))
        {
            var page = new PageWriter(document, typeface);
            page.Title("双随机抽取记录");
            page.Line($"任务：{m.TaskName}（{m.Year} 年度）");
            page.Line($"抽查事项：{string.Join("；", m.Items)}");
            page.Line($"抽取参数：{m.Parameters}", 8);
            page.Line($"准备时间：{m.PreparedAtLocal:yyyy-MM-dd HH:mm:ss}（北京时间）    抽取时间：{m.ExecutedAtLocal:yyyy-MM-dd HH:mm:ss}（北京时间）");
            page.Line($"抽取人：{m.Operator}    监督人：{m.Supervisor}");
            page.Line($"见证随机数：{m.Entropy}", 8);
            page.Line($"承诺值 C：{m.Commitment}", 8);
            page.Line($"结果摘要：{m.ResultDigest}", 8);
            page.Gap();
            foreach (var g in m.Groups)
            {
                page.Heading(string.Create(CultureInfo.InvariantCulture, $"第 {g.Number} 组"));
                var leader = g.Officers.FirstOrDefault(o => o.Leader);
                page.Line($"组长：{leader?.Name}（{leader?.Number}）    组员：{string.Join("、", g.Officers.Where(o => !o.Leader).Select(o => $"{o.Name}（{o.Number}）"))}");
                foreach (var t in g.Targets)
                {
                    page.Line($"  {t.Name}    {t.Code}    {t.Address}", 9);
                }
            }

            if (m.Unassigned.Count > 0)
            {
                page.Heading("未分配（须人工分配并经批准）");
                foreach (var t in m.Unassigned)
                {
                    page.Line($"  {t.Name}    {t.Code}    {t.Address}", 9);
                }
            }

            page.Gap();
            page.Signatures(QrPng(m.VerifyUrl), m.VerifyUrl);
            page.Finish();
        }

        return stream.ToArray();
    }

    private static byte[] QrPng(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(4);
    }

    private sealed class PageWriter(SKDocument document, SKTypeface typeface)
    {
        private SKCanvas? _canvas;
        private float _y;

        private SKCanvas Canvas => _canvas ?? NewPage();

        public void Title(string text) => Write(text, 18, bold: true, center: true);

        public void Heading(string text) => Write(text, 12, bold: true);

        public void Line(string text, float size = 10) => Write(text, size);

        public void Gap() => _y += 10;

        public void Signatures(byte[] qr, string url)
        {
            if (_y > Height - Margin - 140)
            {
                NewPage();
            }

            var canvas = Canvas;
            using var font = new SKFont(typeface, 11);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true, StrokeWidth = 0.8f };
            var y = _y + 30;
            foreach (var (label, i) in new[] { "抽取人（签字）：", "监督人（签字）：", "领导（签字）：" }.Select((l, i) => (l, i)))
            {
                var lineY = y + (i * 34);
                canvas.DrawText(label, Margin, lineY, font, paint);
                canvas.DrawLine(Margin + 95, lineY + 2, Margin + 300, lineY + 2, paint);
            }

            using var image = SKImage.FromEncodedData(qr);
            canvas.DrawImage(image, new SKRect(Width - Margin - 110, _y + 5, Width - Margin, _y + 115));
            using var small = new SKFont(typeface, 6);
            canvas.DrawText("扫码核验", Width - Margin - 80, _y + 125, small, paint);
            _y += 140;
            Write(url, 6);
        }

        public void Finish()
        {
            if (_canvas is not null)
            {
                document.EndPage();
            }
        }

        private SKCanvas NewPage()
        {
            if (_canvas is not null)
            {
                document.EndPage();
            }

            _canvas = document.BeginPage(Width, Height);
            _y = Margin;
            return _canvas;
        }

        private void Write(string text, float size, bool bold = false, bool center = false)
        {
            using var font = new SKFont(typeface, size) { Embolden = bold };
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            foreach (var line in Wrap(text, font, Width - (2 * Margin)))
            {
                if (_canvas is null || _y + size > Height - Margin)
                {
                    NewPage();
                }

                _y += size * 1.5f;
                var x = center ? (Width - font.MeasureText(line)) / 2 : Margin;
                Canvas.DrawText(line, x, _y, font, paint);
            }
        }

        private static List<string> Wrap(string text, SKFont font, float width)
        {
            var lines = new List<string>();
            var start = 0;
            while (start < text.Length)
            {
                var count = font.BreakText(text.AsSpan(start), width);
                count = Math.Max(1, count);
                lines.Add(text.Substring(start, count));
                start += count;
            }

            return lines.Count == 0 ? [string.Empty] : lines;
        }
    }
}
