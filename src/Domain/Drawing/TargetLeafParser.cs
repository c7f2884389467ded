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

        var code = rest[..bar];
        rest = rest[(bar + 1)..];
        bar = rest.IndexOf((byte)'|');
        if (bar < 0)
        {
            return false;
        }

        var stratum = rest[..bar];
        var weightText = rest[(bar + 1)..];
        if (!Dr1Limits.IsToken(code) || !Dr1Limits.IsToken(stratum) || !Leaves.TryParseWeight(weightText, out var weight))
        {
            return false;
        }

        target = new TargetLeaf(Encoding.ASCII.GetString(code), Stratum(stratum), weight);
        return true;
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
