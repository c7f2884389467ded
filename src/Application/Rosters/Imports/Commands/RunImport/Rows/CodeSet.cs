using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

/// <summary>
/// Codes seen so far in a file, with the row of each. A credit code packs into 90 bits (18 × 5), so a million
/// of them cost tens of megabytes instead of the hundreds that strings would.
/// </summary>
public sealed class CodeSet
{
    /// <summary>Character → its GB 32100 value, 0xFF for characters outside the alphabet.</summary>
    private static readonly byte[] Values = BuildValues();

    private readonly Dictionary<UInt128, long> _packed = [];
    private readonly Dictionary<string, long> _other = new(StringComparer.Ordinal);

    /// <summary>Adds the code; returns the row it was first seen on when it is a duplicate.</summary>
    public long? AddOrGetFirst(string code, long row)
    {
        if (TryPack(code) is { } packed)
        {
            ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_packed, packed, out var exists);
            if (exists)
            {
                return first;
            }

            first = row;
            return null;
        }

        return _other.TryAdd(code, row) ? null : _other[code];
    }

    public bool Contains(string code) => TryPack(code) is { } packed ? _packed.ContainsKey(packed) : _other.ContainsKey(code);

    private static UInt128? TryPack(string code)
    {
        if (code.Length != UnifiedSocialCreditCode.Length)
        {
            return null;
        }

        UInt128 value = 0;
        foreach (var c in code)
        {
            var digit = c < Values.Length ? Values[c] : (byte)0xFF;
            if (digit == 0xFF)
            {
                return null;
            }

            value = (value << 5) | (uint)digit;
        }

        return value;
    }

    private static byte[] BuildValues()
    {
        var values = new byte[128];
        Array.Fill(values, (byte)0xFF);
        for (var i = 0; i < UnifiedSocialCreditCode.Charset.Length; i++)
        {
            values[UnifiedSocialCreditCode.Charset[i]] = (byte)i;
        }

        return values;
    }
}
