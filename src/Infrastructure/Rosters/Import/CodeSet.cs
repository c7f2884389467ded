using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// Codes seen so far in a file, with the row of each. A credit code packs into 90 bits (18 × 5), so a million
/// of them cost tens of megabytes instead of the hundreds that strings would.
/// </summary>
internal sealed class CodeSet
{
    private readonly Dictionary<UInt128, long> _packed = [];
    private readonly Dictionary<string, long> _other = new(StringComparer.Ordinal);

    /// <summary>Adds the code; returns the row it was first seen on when it is a duplicate.</summary>
    public long? AddOrGetFirst(string code, long row)
    {
        if (TryPack(code) is { } packed)
        {
            return _packed.TryAdd(packed, row) ? null : _packed[packed];
        }

        return _other.TryAdd(code, row) ? null : _other[code];
    }

    private static UInt128? TryPack(string code)
    {
        if (code.Length != UnifiedSocialCreditCode.Length)
        {
            return null;
        }

        UInt128 value = 0;
        foreach (var c in code)
        {
            var digit = UnifiedSocialCreditCode.Charset.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return null;
            }

            value = (value << 5) | (uint)digit;
        }

        return value;
    }
}

internal static class RowCounter
{
    /// <summary>Lines after the header, for progress and ETA; an estimate (quoted line breaks count too), null for XLSX.</summary>
    public static long? CountDataRows(string path)
    {
        if (RosterFileReader.IsXlsx(path))
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        long lines = 0;
        int read;
        var last = (byte)'\n';
        while ((read = stream.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        if (last != '\n')
        {
            lines++;
        }

        return Math.Max(0, lines - 1);
    }
}
