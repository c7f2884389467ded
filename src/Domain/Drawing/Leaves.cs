using System.Numerics;

namespace DoubleRandom.Domain.Drawing;

/// <summary>Parsing of the canonical leaf strings carried in a bundle.</summary>
public static class Leaves
{
    /// <summary>
    /// Orders two token fields as they stand in a leaf, each followed by <c>|</c>: when one is a prefix of the other the
    /// shorter meets <c>|</c>, which sorts after every token character, where the longer goes on.
    /// </summary>
    internal static int CompareField(string a, string b)
    {
        var common = Math.Min(a.Length, b.Length);
        var c = string.CompareOrdinal(a, 0, b, 0, common);
        if (c != 0 || a.Length == b.Length)
        {
            return Math.Sign(c);
        }

        return a.Length < b.Length ? 1 : -1;
    }

    public static bool TryParseTarget(string leaf, out TargetLeaf target)
    {
        target = default;
        var parts = Split(leaf, 'T', 4);
        if (parts is null || !Dr1Limits.IsToken(parts[1]) || !Dr1Limits.IsToken(parts[2])
            || !TryParseWeight(parts[3], out var weight))
        {
            return false;
        }

        target = new TargetLeaf(parts[1], parts[2], weight);
        return true;
    }

    public static bool TryParseOfficer(string leaf, out OfficerLeaf? officer)
    {
        officer = null;
        var parts = Split(leaf, 'O', 6);
        if (parts is null || !Dr1Limits.IsToken(parts[1]) || !Dr1Limits.IsToken(parts[2])
            || !Dr1Limits.IsToken(parts[3]) || parts[4] is not ("0" or "1") || parts[5] is not ("0" or "1"))
        {
            return false;
        }

        officer = new OfficerLeaf(parts[1], parts[2], parts[3], parts[4] == "1", parts[5] == "1");
        return true;
    }

    public static bool TryParseRecusal(string leaf, out RecusalLeaf? recusal)
    {
        recusal = null;
        var parts = Split(leaf, 'R', 3);
        if (parts is null || !Dr1Limits.IsToken(parts[1]) || !Dr1Limits.IsToken(parts[2]))
        {
            return false;
        }

        recusal = new RecusalLeaf(parts[1], parts[2]);
        return true;
    }

    /// <summary>Decimal ASCII, no sign, no leading zeros, within 1..1000000.</summary>
    internal static bool TryParseWeight(string text, out int weight) => TryParseWeight(text.AsSpan(), out weight);

    /// <inheritdoc cref="TryParseWeight(string, out int)"/>
    internal static bool TryParseWeight<TChar>(ReadOnlySpan<TChar> text, out int weight)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        weight = 0;
        if (text.Length is 0 or > 7 || int.CreateTruncating(text[0]) == '0')
        {
            return false;
        }

        foreach (var c in text)
        {
            var digit = int.CreateTruncating(c) - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            weight = (weight * 10) + digit;
        }

        return weight <= Dr1Limits.MaxWeight;
    }

    private static string[]? Split(string? leaf, char kind, int count)
    {
        if (leaf is null || leaf.Length < 2 || leaf[0] != kind || leaf[1] != '|')
        {
            return null;
        }

        var parts = leaf.Split('|');
        return parts.Length == count ? parts : null;
    }
}
