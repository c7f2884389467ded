using System.Text;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// Reads <c>T|{code}|{stratum}|{weight}</c> leaves from UTF-8 bytes (a stored snapshot) by the same rules as
/// <see cref="Leaves.TryParseTarget(string, out TargetLeaf)"/>, allocating the code string only: the few stratum keys
/// are shared, one string each.
/// </summary>
public sealed class TargetLeafParser
{
    private readonly List<(byte[] Bytes, string Key)> _strata = [];

    public bool TryParse(ReadOnlySpan<byte> leaf, out TargetLeaf target)
    {
        target = default;
        if (!TrySplit(leaf, out var code, out var stratum, out var weight))
        {
            return false;
        }

        target = new TargetLeaf(Encoding.ASCII.GetString(code), Stratum(stratum), weight);
        return true;
    }

    /// <summary>The same rules without allocating the code: the leaf's stratum (one shared string per key) and weight.</summary>
    public bool TryParseWeight(ReadOnlySpan<byte> leaf, out string stratum, out int weight)
    {
        stratum = string.Empty;
        if (!TrySplit(leaf, out _, out var key, out weight))
        {
            return false;
        }

        stratum = Stratum(key);
        return true;
    }

    private static bool TrySplit(ReadOnlySpan<byte> leaf, out ReadOnlySpan<byte> code, out ReadOnlySpan<byte> stratum, out int weight)
    {
        code = stratum = default;
        weight = 0;
        if (leaf.Length < 2 || leaf[0] != (byte)'T' || leaf[1] != (byte)'|')
        {
            return false;
        }

        var rest = leaf[2..];
        var bar = rest.IndexOf((byte)'|');
        if (bar < 0)
        {
            return false;
        }

        code = rest[..bar];
        rest = rest[(bar + 1)..];
        bar = rest.IndexOf((byte)'|');
        if (bar < 0)
        {
            return false;
        }

        stratum = rest[..bar];
        return Dr1Limits.IsToken(code) && Dr1Limits.IsToken(stratum) && Leaves.TryParseWeight(rest[(bar + 1)..], out weight);
    }

    private string Stratum(ReadOnlySpan<byte> bytes)
    {
        foreach (var (known, key) in _strata)
        {
            if (bytes.SequenceEqual(known))
            {
                return key;
            }
        }

        var added = Encoding.ASCII.GetString(bytes);
        _strata.Add((bytes.ToArray(), added));
        return added;
    }
}
