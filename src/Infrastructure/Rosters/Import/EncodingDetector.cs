using System.Text;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// Chinese spreadsheet software writes CSV as UTF-8 (often with a BOM) or as GB18030/GBK. A GBK file is
/// almost never valid UTF-8, so: a BOM or a first 64 KiB that decodes as strict UTF-8 means UTF-8, else GB18030.
/// </summary>
public static class EncodingDetector
{
    public const string Auto = "auto";
    public const string Utf8Name = "utf-8";
    public const string Gb18030Name = "gb18030";

    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>GB 18030 that throws on bytes it cannot decode (and characters it cannot encode): imports read with it, the national publicity export writes with it.</summary>
    public static Encoding StrictGb18030 => Gb18030.Value;

    /// <summary>The names an upload may ask for (lower case; the request's value is lower-cased first).</summary>
    public static readonly IReadOnlyList<string> Names = [Auto, Utf8Name, Gb18030Name, "gbk", "utf8"];

    public static bool IsSupported(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>The encoding to read with, and its name; null when the head looks binary (NUL bytes).</summary>
    public static (Encoding Encoding, string Name)? Resolve(string path, string requested)
    {
        var head = new byte[65536];
        int length;
        using (var stream = File.OpenRead(path))
        {
            length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var span = head.AsSpan(0, length);
        if (span.Contains((byte)0))
        {
            return null;
        }

        return requested switch
        {
            Utf8Name or "utf8" => (StrictUtf8, Utf8Name),
            Gb18030Name or "gbk" => (Gb18030.Value, Gb18030Name),
            _ => span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) || IsUtf8(span) ? (StrictUtf8, Utf8Name) : (Gb18030.Value, Gb18030Name),
        };
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        // The window may cut the last character in two: allow up to three bytes of an unfinished sequence.
        for (var cut = 0; cut <= 3 && cut <= bytes.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(bytes[..^cut]))
            {
                return cut == 0 || bytes.Length == 65536;
            }
        }

        return false;
    }
}
