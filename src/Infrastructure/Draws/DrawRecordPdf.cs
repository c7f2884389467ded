using System.Globalization;
using System.Text;
using DoubleRandom.Application.Draws;
using DoubleRandom.Infrastructure.Draws.Fonts;
using DoubleRandom.Infrastructure.Pdf;
using Microsoft.Extensions.Logging;
using QRCoder;
using SkiaSharp;

namespace DoubleRandom.Infrastructure.Draws;

/// <summary>
/// The 抽取记录 as an A4 PDF (SkiaSharp's PDF backend), laid out from a model already in words. A CJK font is required:
/// without one Chinese prints as boxes, so a missing font is an error, not a silent fallback. Default: Debian's
/// fonts-wqy-microhei. Skia here embeds the whole face (it has no subsetter), so the record is composed twice: once to
/// collect the characters it prints, once to draw with a subset of the face holding only their outlines (ADR 0015).
/// A font that is missing or cannot be read fails the request alike (the internal-error problem, the reason in the log)
/// and is tried again on the next request; a face that reads but does not subset is embedded whole, with a warning. The
/// finished document goes through the PDF signer (PAdES when <c>Records:SigningCertificate</c> is set, ADR 0019).
/// </summary>
public sealed partial class DrawRecordPdf(string fontPath, IPdfSigner signer, ILogger<DrawRecordPdf> logger) : IDrawRecordRenderer
{
    // PublicationOnly: a failure is not cached, so a font installed or fixed later is picked up without a restart.
    private readonly Lazy<TrueTypeFace> _face = new(() => LoadFace(fontPath), LazyThreadSafetyMode.PublicationOnly);

    public byte[] Render(DrawRecordModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var footer = $"抽取记录 {model.DrawId}";
        var collector = new RecordPage(null, null, footer);
        Compose(collector, model);
        using var typeface = Typeface(_face.Value, collector.CodePoints());
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = $"抽取记录 {model.TaskName}", Creator = "DoubleRandom" }))
        {
            var page = new RecordPage(document, typeface, footer);
            Compose(page, model);
            page.Finish();
        }

        return signer.Sign(stream.ToArray(), $"双随机抽取记录 {model.DrawId}");
    }

    private static TrueTypeFace LoadFace(string fontPath)
    {
        if (!File.Exists(fontPath))
        {
            throw new InvalidOperationException($"The CJK font {fontPath} is missing (apt-get install fonts-wqy-microhei, or set Records:FontPath).");
        }

        try
        {
            return TrueTypeFace.Load(fontPath);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidOperationException(
                $"The CJK font {fontPath} cannot be read: {e.Message} (apt-get install fonts-wqy-microhei, or set Records:FontPath).", e);
        }
    }

    /// <summary>The subset of the face for the characters printed; the whole face when it has no glyf outlines or does not subset.</summary>
    private SKTypeface Typeface(TrueTypeFace face, IEnumerable<int> codePoints)
    {
        if (face.HasGlyfOutlines)
        {
            try
            {
                // Skia answers null for a subset it cannot read; the default face would print Chinese as boxes.
                return SKTypeface.FromData(SKData.CreateCopy(TrueTypeSubsetter.Subset(face, codePoints)))
                    ?? throw new InvalidDataException("SkiaSharp cannot read the subset face.");
            }
            catch (InvalidDataException e)
            {
                LogWholeFace(logger, e, fontPath);
            }
        }

        return SKTypeface.FromFile(fontPath)
            ?? throw new InvalidOperationException($"The CJK font {fontPath} cannot be read by SkiaSharp (apt-get install fonts-wqy-microhei, or set Records:FontPath).");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The CJK font {FontPath} does not subset; the record embeds the whole face")]
    private static partial void LogWholeFace(ILogger logger, Exception exception, string fontPath);

    private static void Compose(RecordPage page, DrawRecordModel m)
    {
        page.Title("双随机抽取记录");
        page.Line($"任务：{m.TaskName}（{m.Year} 年度）");
        page.Line($"抽查事项：{string.Join("；", m.Items)}");
        page.Line(string.Create(CultureInfo.InvariantCulture,
            $"准备时间：{m.PreparedAtLocal:yyyy-MM-dd HH:mm:ss}    抽取时间：{m.ExecutedAtLocal:yyyy-MM-dd HH:mm:ss}（北京时间）"));
        foreach (var person in m.People)
        {
            page.Line($"{person.Label}：{person.Value}");
        }

        page.Heading("抽取参数");
        foreach (var sentence in m.Parameters)
        {
            page.Line(sentence, 9);
        }

        page.Table(["层级", "对象总数", "抽取比例或数量", "抽中数"], [220, 80, 120, 75],
            [.. m.Strata.Select(s => new[] { s.Stratum, Number(s.Population), s.Rule, Number(s.Drawn) })]);
        page.Heading("排除规则");
        foreach (var sentence in m.Exclusions)
        {
            page.Line(sentence, 9);
        }

        page.Heading("可验证信息");
        page.Line($"见证随机数：{m.Entropy}", 7.5f);
        foreach (var digest in m.Digests)
        {
            page.Line($"{digest.Label}：{digest.Value}", 7.5f);
        }

        foreach (var g in m.Groups)
        {
            page.Heading(string.Create(CultureInfo.InvariantCulture, $"第 {g.Number} 组"));
            page.Line(string.Join("    ", g.Officers.Select(o =>
                $"{(o.Leader ? "组长" : "组员")}：{o.Name}（{o.Number}，{o.Unit}）{(o.ByAmendment ? "【经批准变更】" : string.Empty)}")), 9);
            foreach (var t in g.Targets)
            {
                page.Line($"  {t.Name}    {t.Code}    {t.Address}{(t.ByAmendment ? "    【经批准人工分配】" : string.Empty)}", 9);
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

        page.Heading(m.Amendments.Count == 0 ? "变更：无" : "已批准的变更（封存的抽取结果不变，以下变更经批准后生效）");
        foreach (var sentence in m.Amendments)
        {
            page.Line(sentence, 9);
        }

        page.Gap();
        page.Signatures(m.Signers, QrPng(m.VerifyUrl), m.VerifyUrl);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static byte[] QrPng(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(4);
    }

    /// <summary>Writes the record onto A4 pages; without a document it only collects the characters it would print.</summary>
    private sealed class RecordPage(SKDocument? document, SKTypeface? typeface, string footer)
    {
        private const float Width = 595, Height = 842, Margin = 42;
        private readonly StringBuilder _text = new();
        private SKCanvas? _canvas;
        private float _y;
        private int _pages;

        /// <summary>
        /// The characters collected, with those of the page footers (every page carries the draw id and its number, so that
        /// signed pages cannot be mixed with another record's).
        /// </summary>
        public IEnumerable<int> CodePoints() => (_text.ToString() + PageFooter(0) + "0123456789").EnumerateRunes().Select(r => r.Value).Distinct();

        private SKCanvas Canvas => _canvas ?? NewPage();

        public void Title(string text) => Write(text, 18, center: true);

        public void Heading(string text)
        {
            _y += 3;
            Write(text, 11);
        }

        public void Line(string text, float size = 10) => Write(text, size);

        public void Gap() => _y += 10;

        public void Table(string[] header, float[] widths, IReadOnlyList<string[]> rows)
        {
            const float size = 9, rowHeight = 14;
            if (typeface is null)
            {
                foreach (var cell in header.Concat(rows.SelectMany(r => r)))
                {
                    _text.Append(cell);
                }

                return;
            }

            using var font = new SKFont(typeface, size);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true, StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke };
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            _y += 4;
            foreach (var row in rows.Prepend(header))
            {
                if (_canvas is null || _y + rowHeight > Height - Margin)
                {
                    NewPage();
                }

                var x = Margin;
                for (var c = 0; c < row.Length; c++)
                {
                    Canvas.DrawRect(x, _y, widths[c], rowHeight, paint);
                    Canvas.DrawText(row[c], x + 4, _y + rowHeight - 3.5f, font, ink);
                    x += widths[c];
                }

                _y += rowHeight;
            }

            _y += 4;
        }

        public void Signatures(IReadOnlyList<RecordLine> signers, byte[] qr, string url)
        {
            if (typeface is null)
            {
                _text.Append("扫码核验").Append(url);
                foreach (var s in signers)
                {
                    _text.Append(s.Label).Append('：').Append(s.Value);
                }

                return;
            }

            if (_y > Height - Margin - 125)
            {
                NewPage();
            }

            var canvas = Canvas;
            using var font = new SKFont(typeface, 11);
            using var small = new SKFont(typeface, 7);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true, StrokeWidth = 0.8f };
            var y = _y + 24;
            foreach (var (signer, i) in signers.Select((s, i) => (s, i)))
            {
                var lineY = y + (i * 30);
                canvas.DrawText($"{signer.Label}：", Margin, lineY, font, paint);
                canvas.DrawLine(Margin + 95, lineY + 2, Margin + 300, lineY + 2, paint);
                canvas.DrawText(signer.Value, Margin + 95, lineY + 12, small, paint);
            }

            using var image = SKImage.FromEncodedData(qr);
            canvas.DrawImage(image, new SKRect(Width - Margin - 100, _y + 5, Width - Margin, _y + 105));
            using var tiny = new SKFont(typeface, 6);
            canvas.DrawText("扫码核验", Width - Margin - 62, _y + 113, tiny, paint);
            _y += 115;
            Write(url, 6);
        }

        public void Finish()
        {
            if (_canvas is not null)
            {
                document!.EndPage();
            }
        }

        private SKCanvas NewPage()
        {
            if (_canvas is not null)
            {
                document!.EndPage();
            }

            _canvas = document!.BeginPage(Width, Height);
            _y = Margin;
            using var font = new SKFont(typeface, 7);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            var text = PageFooter(++_pages);
            _canvas.DrawText(text, (Width - font.MeasureText(text)) / 2, Height - (Margin / 2), font, paint);
            return _canvas;
        }

        private void Write(string text, float size, bool center = false)
        {
            if (typeface is null)
            {
                _text.Append(text);
                return;
            }

            using var font = new SKFont(typeface, size);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            foreach (var line in Wrap(text, font, Width - (2 * Margin)))
            {
                if (_canvas is null || _y + size > Height - Margin)
                {
                    NewPage();
                }

                _y += size * 1.45f;
                var x = center ? (Width - font.MeasureText(line)) / 2 : Margin;
                Canvas.DrawText(line, x, _y, font, paint);
            }
        }

        private string PageFooter(int page) => string.Create(CultureInfo.InvariantCulture, $"{footer}    第 {page} 页");

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
