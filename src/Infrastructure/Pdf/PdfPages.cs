using System.Globalization;
using System.Text;
using DoubleRandom.Application.Draws;
using SkiaSharp;

namespace DoubleRandom.Infrastructure.Pdf;

/// <summary>
/// Writes a document onto A4 pages in the look of the printed records (ADR 0015): a title, headings, wrapped lines,
/// ruled tables, signature lines with a QR code, and a footer on every page. Without a document it only collects the
/// characters it would print, so that the font can be subset to them first (<see cref="CjkPdfWriter"/>).
/// </summary>
internal sealed class PdfPages(SKDocument? document, SKTypeface? typeface, string footer)
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

    /// <summary>A ruled table; a cell too wide for its column wraps, and its row grows by a line for each wrap.</summary>
    public void Table(string[] header, float[] widths, IReadOnlyList<string[]> rows)
    {
        const float size = 9, rowHeight = 14, lineHeight = 11;
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
            var cells = row.Select((text, c) => Wrap(text, font, widths[c] - 8)).ToList();
            var height = rowHeight + ((cells.Max(l => l.Count) - 1) * lineHeight);
            if (_canvas is null || _y + height > Height - Margin)
            {
                NewPage();
            }

            var x = Margin;
            for (var c = 0; c < row.Length; c++)
            {
                Canvas.DrawRect(x, _y, widths[c], height, paint);
                for (var l = 0; l < cells[c].Count; l++)
                {
                    Canvas.DrawText(cells[c][l], x + 4, _y + rowHeight - 3.5f + (l * lineHeight), font, ink);
                }

                x += widths[c];
            }

            _y += height;
        }

        _y += 4;
    }

    /// <summary>A signature line per signer (label, line, the name in small print), and the verification QR code when given.</summary>
    public void Signatures(IReadOnlyList<RecordLine> signers, byte[]? qr, string? url)
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

        var block = Math.Max(115, 24 + (signers.Count * 30));
        if (_y > Height - Margin - block - 10)
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

        if (qr is null || url is null)
        {
            _y += block;
            return;
        }

        using var image = SKImage.FromEncodedData(qr);
        canvas.DrawImage(image, new SKRect(Width - Margin - 100, _y + 5, Width - Margin, _y + 105));
        using var tiny = new SKFont(typeface, 6);
        canvas.DrawText("扫码核验", Width - Margin - 62, _y + 113, tiny, paint);
        _y += block;
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
