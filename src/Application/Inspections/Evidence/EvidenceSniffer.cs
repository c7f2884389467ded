using System.IO.Compression;
using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections.Evidence;

/// <summary>
/// The type of a file judged from its bytes, never from its name or the declared type: magic numbers, the ISO base
/// media <c>ftyp</c> brand (HEIC, MP4, MOV, 3GP, M4A), RIFF forms (WAV, WebP), and for DOCX/XLSX the ZIP's central
/// directory (<c>word/document.xml</c>, <c>xl/workbook.xml</c>). Null when the bytes are none of the kind's types.
/// </summary>
public static class EvidenceSniffer
{
    /// <summary>Enough of the head for every signature below.</summary>
    public const int HeadLength = 32;

    public static readonly IReadOnlyDictionary<EvidenceKind, string[]> TypesByKind = new Dictionary<EvidenceKind, string[]>
    {
        [EvidenceKind.Photo] = ["image/jpeg", "image/png", "image/heic", "image/heif", "image/webp"],
        [EvidenceKind.Audio] = ["audio/mp4", "audio/aac", "audio/mpeg", "audio/amr", "audio/wav"],
        [EvidenceKind.Video] = ["video/mp4", "video/quicktime", "video/3gpp"],
        [EvidenceKind.Document] =
        [
            "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ],
    };

    /// <summary>Sniffs a seekable stream (left at position 0) for one of the kind's types.</summary>
    public static async Task<string?> SniffAsync(Stream content, EvidenceKind kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var head = new byte[HeadLength];
        content.Position = 0;
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        content.Position = 0;
        var type = Of(head.AsSpan(0, read));
        if (type == "application/zip")
        {
            type = OfficeType(content);
            content.Position = 0;
        }

        return type is not null && TypesByKind[kind].Contains(type) ? type : null;
    }

    /// <summary>The type of a PNG or JPEG head (a target's signature, a licence photo), else null.</summary>
    public static string? PngOrJpeg(ReadOnlySpan<byte> h) => Of(h) switch
    {
        "image/png" => "image/png",
        "image/jpeg" => "image/jpeg",
        _ => null,
    };

    /// <summary>The type the head shows, or <c>application/zip</c> for a ZIP to be looked into, or null.</summary>
    public static string? Of(ReadOnlySpan<byte> h)
    {
        if (h.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (h.Length >= 12 && h.StartsWith("RIFF"u8))
        {
            return h[8..12].SequenceEqual("WEBP"u8) ? "image/webp" : h[8..12].SequenceEqual("WAVE"u8) ? "audio/wav" : null;
        }

        if (h.Length >= 12 && h[4..8].SequenceEqual("ftyp"u8))
        {
            return Brand(h[8..12]);
        }

        if (h.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (h.StartsWith("#!AMR"u8))
        {
            return "audio/amr";
        }

        if (h.StartsWith("ID3"u8) || (h.Length >= 2 && h[0] == 0xFF && (h[1] & 0xE0) == 0xE0 && (h[1] & 0x06) != 0))
        {
            return "audio/mpeg"; // an ID3 tag, or an MPEG audio frame sync with a layer (ADTS below has layer 0)
        }

        if (h.Length >= 2 && h[0] == 0xFF && (h[1] & 0xF6) == 0xF0)
        {
            return "audio/aac"; // ADTS
        }

        return h.StartsWith("PK\u0003\u0004"u8) ? "application/zip" : null;
    }

    private static string? Brand(ReadOnlySpan<byte> brand) => System.Text.Encoding.ASCII.GetString(brand) switch
    {
        "heic" or "heix" or "heim" or "heis" or "hevc" or "hevx" => "image/heic",
        "mif1" or "msf1" => "image/heif",
        "qt  " => "video/quicktime",
        "M4A " or "M4B " => "audio/mp4",
        var b when b.StartsWith("3gp", StringComparison.Ordinal) || b.StartsWith("3g2", StringComparison.Ordinal) => "video/3gpp",
        "isom" or "iso2" or "iso4" or "iso5" or "iso6" or "mp41" or "mp42" or "avc1" or "dash" or "M4V " or "MSNV" => "video/mp4",
        _ => null,
    };

    /// <summary>DOCX or XLSX by the ZIP's central directory (read by seeking, not by inflating anything).</summary>
    private static string? OfficeType(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }

            return names.Contains("word/document.xml") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : names.Contains("xl/workbook.xml") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
