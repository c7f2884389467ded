using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DoubleRandom.Infrastructure.Pdf;

/// <summary>
/// Appends a signature to a finished PDF as an incremental update (ISO 32000-1 §7.5.6, §12.8): the original bytes stay as
/// they are; after them come a signature dictionary with a zero-filled <c>/Contents</c> placeholder, an invisible signature
/// widget on page 1, an <c>/AcroForm</c> (<c>/SigFlags 3</c>), the catalog and page 1 rewritten to point at them, a new xref
/// section and a trailer with <c>/Prev</c>. <c>/ByteRange</c> covers every byte except the placeholder, which the caller's
/// CMS fills. Reads only what SkiaSharp writes: a classic xref table, uncompressed catalog and page objects.
/// </summary>
internal static partial class PdfSignatureUpdate
{
    private const int ByteRangeWidth = 48;

    /// <summary>The signed document: <paramref name="cms"/> receives the signed bytes (both ranges, concatenated) and answers the DER CMS.</summary>
    public static byte[] Append(byte[] pdf, int contentsBytes, DateTimeOffset signedAt, string reason, Func<byte[], byte[]> cms)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var previousXref = LastStartXref(text);
        var offsets = XrefOffsets(text, previousXref, out var trailer);
        var size = Int(trailer, @"/Size\s+(\d+)");
        var root = Int(trailer, @"/Root\s+(\d+)\s+0\s+R");
        var info = Regex.Match(trailer, @"/Info\s+\d+\s+\d+\s+R").Value;
        var id = Regex.Match(trailer, @"/ID\s*\[[^\]]*\]").Value;
        var catalog = Body(text, offsets, root);
        if (catalog.Contains("/AcroForm", StringComparison.Ordinal))
        {
            throw new NotSupportedException("The PDF already has a form; only documents without one are signed.");
        }

        var page = FirstPage(text, offsets, catalog);
        var pageBody = Body(text, offsets, page);
        int sig = size, widget = size + 1, form = size + 2;

        var update = new StringBuilder();
        var added = new SortedDictionary<int, long>();
        var start = pdf.Length; // the update (and its offsets) begin right after the original bytes, with a newline if they lack one
        if (pdf[^1] != '\n')
        {
            update.Append('\n');
        }

        void Object(int number, string body)
        {
            added[number] = start + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var placeholder = new string('0', contentsBytes * 2);
        Object(sig, $"<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [{new string(' ', ByteRangeWidth)}] "
            + $"/Contents <{placeholder}> /M {Date(signedAt)} /Reason {TextString(reason)}>>");
        Object(widget, $"<</Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /V {sig} 0 R /F 132 /Rect [0 0 0 0] /P {page} 0 R>>");
        Object(form, $"<</Fields [{widget} 0 R] /SigFlags 3>>");
        Object(root, Insert(catalog, $"/AcroForm {form} 0 R"));
        var annots = Regex.Match(pageBody, @"/Annots\s*\[");
        Object(page, annots.Success
            ? pageBody.Insert(annots.Index + annots.Length, $"{widget} 0 R ")
            : pageBody.Contains("/Annots", StringComparison.Ordinal)
                ? throw new NotSupportedException("Page 1 keeps its annotations in an indirect array.")
                : Insert(pageBody, $"/Annots [{widget} 0 R]"));

        var xref = start + update.Length;
        update.Append("xref\n");
        foreach (var run in Runs(added.Keys))
        {
            update.Append(CultureInfo.InvariantCulture, $"{run[0]} {run.Count}\n");
            foreach (var number in run)
            {
                update.Append(CultureInfo.InvariantCulture, $"{added[number]:D10} 00000 n \n");
            }
        }

        update.Append(CultureInfo.InvariantCulture,
            $"trailer\n<</Size {size + 3} /Root {root} 0 R {info} {id} /Prev {previousXref}>>\nstartxref\n{xref}\n%%EOF\n");

        var signed = new byte[start + update.Length];
        pdf.CopyTo(signed, 0);
        Encoding.Latin1.GetBytes(update.ToString(), signed.AsSpan(start));
        return Fill(signed, start + Encoding.Latin1.GetString(signed, start, signed.Length - start).IndexOf("/ByteRange [", StringComparison.Ordinal), contentsBytes, cms);
    }

    /// <summary>Writes the byte ranges around the placeholder, then the CMS over them into it.</summary>
    private static byte[] Fill(byte[] signed, int byteRangeAt, int contentsBytes, Func<byte[], byte[]> cms)
    {
        var contentsAt = byteRangeAt + "/ByteRange [".Length + ByteRangeWidth + "] /Contents ".Length;
        var after = contentsAt + (contentsBytes * 2) + 2;
        var ranges = string.Create(CultureInfo.InvariantCulture, $"0 {contentsAt} {after} {signed.Length - after}").PadRight(ByteRangeWidth);
        Encoding.ASCII.GetBytes(ranges, signed.AsSpan(byteRangeAt + "/ByteRange [".Length));

        var covered = new byte[contentsAt + (signed.Length - after)];
        signed.AsSpan(0, contentsAt).CopyTo(covered);
        signed.AsSpan(after).CopyTo(covered.AsSpan(contentsAt));
        var der = cms(covered);
        if (der.Length > contentsBytes)
        {
            throw new InvalidOperationException($"The signature ({der.Length} bytes) does not fit the {contentsBytes} bytes reserved for it.");
        }

        Encoding.ASCII.GetBytes(Convert.ToHexString(der), signed.AsSpan(contentsAt + 1));
        return signed;
    }

    private static long LastStartXref(string text)
    {
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var match = Regex.Match(text[at..], @"^startxref\s+(\d+)");
        return match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new NotSupportedException("The PDF has no startxref.");
    }

    /// <summary>The offsets of the objects in use, from a classic xref table (SkiaSharp writes one table, no xref streams).</summary>
    private static Dictionary<int, long> XrefOffsets(string text, long at, out string trailer)
    {
        if (string.CompareOrdinal(text, (int)at, "xref", 0, 4) != 0)
        {
            throw new NotSupportedException("Only a classic xref table is read.");
        }

        var end = text.IndexOf("trailer", (int)at, StringComparison.Ordinal);
        var next = text.IndexOf("startxref", end, StringComparison.Ordinal);
        trailer = text[end..next];
        if (trailer.Contains("/Prev", StringComparison.Ordinal))
        {
            throw new NotSupportedException("Only a PDF without earlier updates is read.");
        }

        var offsets = new Dictionary<int, long>();
        var lines = text[((int)at + 4)..end].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length;)
        {
            var head = lines[i++].Split(' ');
            var first = int.Parse(head[0], CultureInfo.InvariantCulture);
            var count = int.Parse(head[1], CultureInfo.InvariantCulture);
            for (var k = 0; k < count; k++, i++)
            {
                var entry = lines[i].Split(' ');
                if (entry[2] == "n")
                {
                    offsets[first + k] = long.Parse(entry[0], CultureInfo.InvariantCulture);
                }
            }
        }

        return offsets;
    }

    /// <summary>The dictionary of an uncompressed object without a stream, e.g. <c>&lt;&lt;/Type /Catalog …&gt;&gt;</c>.</summary>
    private static string Body(string text, Dictionary<int, long> offsets, int number)
    {
        var at = (int)offsets[number];
        var header = Regex.Match(text[at..Math.Min(text.Length, at + 32)], @"^\d+\s+\d+\s+obj\s*");
        var end = text.IndexOf("endobj", at, StringComparison.Ordinal);
        var body = text[(at + header.Length)..end].TrimEnd();
        return header.Success && body.StartsWith("<<", StringComparison.Ordinal) && body.EndsWith(">>", StringComparison.Ordinal)
            && !body.Contains("stream", StringComparison.Ordinal)
            ? body
            : throw new NotSupportedException($"Object {number} is not a plain dictionary.");
    }

    private static int FirstPage(string text, Dictionary<int, long> offsets, string catalog)
    {
        var node = Int(catalog, @"/Pages\s+(\d+)\s+0\s+R");
        for (var depth = 0; depth < 32; depth++)
        {
            var body = Body(text, offsets, node);
            if (!PagesNode().IsMatch(body))
            {
                return node;
            }

            node = Int(body, @"/Kids\s*\[\s*(\d+)\s+0\s+R");
        }

        throw new NotSupportedException("The page tree is deeper than 32 levels.");
    }

    private static int Int(string text, string pattern)
    {
        var match = Regex.Match(text, pattern);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new NotSupportedException($"The PDF has no {pattern}.");
    }

    private static string Insert(string dictionary, string entry) => $"{dictionary[..^2]}\n{entry}>>";

    private static IEnumerable<List<int>> Runs(IEnumerable<int> numbers)
    {
        var run = new List<int>();
        foreach (var n in numbers)
        {
            if (run.Count > 0 && n != run[^1] + 1)
            {
                yield return run;
                run = [];
            }

            run.Add(n);
        }

        yield return run;
    }

    /// <summary>A PDF date (§7.9.4) in UTC.</summary>
    private static string Date(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"(D:{at.UtcDateTime:yyyyMMddHHmmss}+00'00')");

    /// <summary>A text string in UTF-16BE with its byte order mark, as hex (Chinese survives every reader).</summary>
    private static string TextString(string value) => $"<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value))}>";

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PagesNode();
}
