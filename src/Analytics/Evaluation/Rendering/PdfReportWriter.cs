using System.Globalization;
using SkiaSharp;

namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as an A4 PDF with Skia's PDF backend. The pages are laid out once (measured
/// with the whole face), then the characters they print — text, footers, chart labels — are collected and the face is
/// subset to them (ADR 0015/0032), and the pages are drawn with the subset. Charts are drawn by ScottPlot straight onto
/// the page's canvas, so they are vectors and their text is real text in the embedded face.
/// </summary>
internal sealed class PdfReportWriter(ReportFont font)
{
    public const float PageWidth = 595, PageHeight = 842, Margin = 45;
    private const float Body = PageWidth - (2 * Margin), Bottom = PageHeight - Margin - 14;
    private const uint Grey = 0xFF555555, Shade = 0xFFEFEFEF;

    /// <summary>Printable ASCII and the few symbols ScottPlot's numeric ticks may use: always in the subset.</summary>
    private static readonly string Always = new([.. Enumerable.Range(0x20, 0x5F).Select(c => (char)c), '−', '–', '—', '…', '·', '×']);

    private readonly List<List<PdfOp>> _pages = [];
    private SKFont? _measure;
    private float _y;

    public byte[] Write(ReportDocument document, DateTime generatedAtUtc)
    {
        using (_measure = new SKFont(font.Whole, 10))
        {
            Layout(document);
        }

        var total = _pages.Count;
        var footers = Enumerable.Range(1, total).Select(n => Footer(document.Footer, n, total)).ToList();
        var codePoints = _pages.SelectMany(p => p).Select(op => op.Text).OfType<string>()
            .Concat(_pages.SelectMany(p => p).Select(op => op.Chart).OfType<ReportChart>().SelectMany(c => c.Texts))
            .Concat(footers).Append(document.Title).Append(Always)
            .SelectMany(s => s.EnumerateRunes()).Select(r => r.Value).Distinct().Order().ToList();
        using var typeface = font.Subset(codePoints);
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title,
            Creator = "DoubleRandom",
            Producer = "DoubleRandom",
            Creation = generatedAtUtc,
            Modified = generatedAtUtc,
        };
        ChartFont.Use(typeface, () =>
        {
            using var pdf = SKDocument.CreatePdf(stream, metadata);
            for (var n = 0; n < total; n++)
            {
                var canvas = pdf.BeginPage(PageWidth, PageHeight);
                Draw(canvas, typeface, _pages[n]);
                Draw(canvas, typeface, [Centered(footers[n], PageHeight - (Margin / 2), 7.5f, Grey)]);
                pdf.EndPage();
            }

            pdf.Close();
            return 0;
        });
        return stream.ToArray();
    }

    /// <summary>The footer of page <paramref name="page"/> of <paramref name="total"/>.</summary>
    public static string Footer(string footer, int page, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{footer}　第 {page}/{total} 页");

    private static void Draw(SKCanvas canvas, SKTypeface typeface, IEnumerable<PdfOp> ops)
    {
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var op in ops)
        {
            paint.Color = new SKColor(op.Color);
            switch (op.Kind)
            {
                case PdfOpKind.Text:
                    using (var text = new SKFont(typeface, op.Size))
                    {
                        paint.Style = SKPaintStyle.Fill;
                        canvas.DrawText(op.Text!, op.X, op.Y, text, paint);
                    }

                    break;
                case PdfOpKind.Frame:
                    paint.Style = SKPaintStyle.Stroke;
                    paint.StrokeWidth = 0.5f;
                    canvas.DrawRect(op.X, op.Y, op.Width, op.Height, paint);
                    break;
                case PdfOpKind.Fill:
                    paint.Style = SKPaintStyle.Fill;
                    canvas.DrawRect(op.X, op.Y, op.Width, op.Height, paint);
                    break;
                case PdfOpKind.Chart:
                    canvas.Save();
                    canvas.Translate(op.X, op.Y);
                    canvas.ClipRect(new SKRect(0, 0, op.Width, op.Height));
                    var plot = new ScottPlot.Plot();
                    op.Chart!.Build(plot);
                    plot.Render(canvas, (int)op.Width, (int)op.Height);
                    canvas.Restore();
                    break;
            }
        }
    }

    private void Layout(ReportDocument document)
    {
        NewPage();
        _y += 10;
        Text(document.Title, 20, center: true);
        _y += 6;
        foreach (var line in document.Subtitle)
        {
            Text(line, 9.5f, center: true, color: Grey);
        }

        _y += 8;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } h:
                    NewPage();
                    Text(h.Text, 15);
                    _y += 4;
                    break;
                case HeadingBlock h:
                    if (_y + 60 > Bottom)
                    {
                        NewPage();
                    }

                    _y += 6;
                    Text(h.Text, 12);
                    _y += 2;
                    break;
                case ParagraphBlock p:
                    Text(p.Text, p.Note ? 8.5f : 10, color: p.Note ? Grey : 0xFF000000);
                    _y += 3;
                    break;
                case TableBlock t:
                    Table(t);
                    break;
                case ChartBlock c:
                    Chart(c.Chart);
                    break;
            }
        }
    }

    private List<PdfOp> Page => _pages[^1];

    private void NewPage()
    {
        _pages.Add([]);
        _y = Margin;
    }

    private void Text(string text, float size, bool center = false, uint color = 0xFF000000)
    {
        _measure!.Size = size;
        foreach (var line in Wrap(text, Body))
        {
            if (_y + (size * 1.5f) > Bottom)
            {
                NewPage();
            }

            _y += size * 1.45f;
            Page.Add(center ? Centered(line, _y, size, color) : new PdfOp(PdfOpKind.Text, Margin, _y, 0, 0, size, line, Color: color));
        }
    }

    private PdfOp Centered(string text, float y, float size, uint color)
    {
        using var measure = new SKFont(font.Whole, size);
        return new PdfOp(PdfOpKind.Text, (PageWidth - measure.MeasureText(text)) / 2, y, 0, 0, size, text, Color: color);
    }

    private void Table(TableBlock table)
    {
        const float size = 8, rowHeight = 13, lineHeight = 10;
        _measure!.Size = size;
        var sum = table.Widths.Sum();
        var widths = table.Widths.Select(w => w / sum * Body).ToArray();
        var header = Cells(table.Header, widths);
        _y += 3;
        var needsHeader = true;
        foreach (var row in table.Rows)
        {
            var cells = Cells(row, widths);
            var height = Height(cells);
            if (needsHeader || _y + height > Bottom)
            {
                if (!needsHeader || _y + Height(header) + height > Bottom)
                {
                    NewPage();
                }

                Row(header, widths, numericFrom: int.MaxValue, shaded: true);
                needsHeader = false;
            }

            Row(cells, widths, table.NumericFrom, shaded: false);
        }

        if (needsHeader)
        {
            Row(header, widths, int.MaxValue, shaded: true);
        }

        _y += 6;

        float Height(List<List<string>> c) => rowHeight + ((c.Max(l => l.Count) - 1) * lineHeight);

        void Row(List<List<string>> cells, float[] w, int numericFrom, bool shaded)
        {
            var height = Height(cells);
            var x = Margin;
            for (var c = 0; c < cells.Count; c++)
            {
                if (shaded)
                {
                    Page.Add(new PdfOp(PdfOpKind.Fill, x, _y, w[c], height, Color: Shade));
                }

                Page.Add(new PdfOp(PdfOpKind.Frame, x, _y, w[c], height, Color: 0xFF888888));
                for (var l = 0; l < cells[c].Count; l++)
                {
                    var text = cells[c][l];
                    var left = c >= numericFrom ? x + w[c] - 3 - _measure.MeasureText(text) : x + 3;
                    Page.Add(new PdfOp(PdfOpKind.Text, left, _y + rowHeight - 3.5f + (l * lineHeight), 0, 0, size, text));
                }

                x += w[c];
            }

            _y += height;
        }
    }

    private List<List<string>> Cells(IReadOnlyList<string> row, float[] widths) =>
        [.. row.Select((text, c) => Wrap(text, widths[c] - 6))];

    private void Chart(ReportChart chart)
    {
        if (_y + chart.Height + 6 > Bottom)
        {
            NewPage();
        }

        _y += 4;
        Page.Add(new PdfOp(PdfOpKind.Chart, Margin + ((Body - chart.Width) / 2), _y, chart.Width, chart.Height, Chart: chart));
        _y += chart.Height + 6;
    }

    private List<string> Wrap(string text, float width)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var count = Math.Max(1, _measure!.BreakText(text.AsSpan(start), width));
            if (start + count < text.Length && char.IsHighSurrogate(text[start + count - 1]))
            {
                count++;
            }

            lines.Add(text.Substring(start, count));
            start += count;
        }

        return lines.Count == 0 ? [string.Empty] : lines;
    }
}
