using System.Security.Cryptography;
using System.Text;

namespace DoubleRandom.Application.Archives;

/// <summary>How paths in the archive are spelled: relative, forward slashes, no empty or dot segment, ASCII-safe names.</summary>
public static class ArchivePaths
{
    /// <summary>Hex digits of the SHA-256 of the name appended to a segment that holds a lowercase letter.</summary>
    public const int HashLength = 12;

    /// <summary>
    /// A target code (or any name) as one safe path segment, distinct for distinct names — also on a file system that
    /// ignores case (Windows, macOS): ASCII letters, digits and <c>-</c> stay; every other UTF-8 byte becomes <c>%XX</c>
    /// (upper-case hex; <c>_</c> and <c>%</c> too, so <c>A.1</c> is <c>A%2E1</c> and <c>A_1</c> is <c>A%5F1</c>).
    /// Such a segment holds no lowercase letter, so two of them equal ignoring case are equal. A name with a lowercase
    /// letter gets <c>_</c> and the first <see cref="HashLength"/> hex digits of its SHA-256 appended (<c>ab</c> and
    /// <c>AB</c> stay apart); <c>_</c> appears nowhere else. Reversible: drop a <c>_…</c> suffix, percent-decode.
    /// </summary>
    public static string Segment(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            return "%";
        }

        var bytes = Encoding.UTF8.GetBytes(name);
        var safe = new StringBuilder(bytes.Length);
        var lower = false;
        foreach (var b in bytes)
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b == '-')
            {
                safe.Append((char)b);
                lower |= char.IsAsciiLetterLower((char)b);
            }
            else
            {
                safe.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (lower)
        {
            safe.Append('_').Append(Convert.ToHexStringLower(SHA256.HashData(bytes)), 0, HashLength);
        }

        return safe.ToString();
    }

    /// <summary>The name <paramref name="segment"/> was made from (<see cref="Segment"/> reversed).</summary>
    public static string Name(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (segment == "%")
        {
            return string.Empty;
        }

        var cut = segment.IndexOf('_', StringComparison.Ordinal);
        var encoded = cut < 0 ? segment : segment[..cut];
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%')
            {
                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)encoded[i]);
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    public static void EnsureValid(string path, string folder)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/');
        if (!path.StartsWith(folder + "/", StringComparison.Ordinal) || segments.Any(s => s.Length == 0 || s is "." or ".." || s.Contains('\\', StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Archive entry path {path} is not a relative path under {folder}/.");
        }
    }
}
