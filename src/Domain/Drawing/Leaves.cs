using System.Globalization;
using System.Numerics;
using System.Text;

namespace DoubleRandom.Domain.Drawing;

/// <summary>One eligible target: leaf <c>T|{code}|{stratum}|{weight}</c>.</summary>
public readonly record struct TargetLeaf(string Code, string Stratum, int Weight)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"T|{Code}|{Stratum}|{Weight}");
}

/// <summary>One eligible officer: leaf <c>O|{officerId}|{unit}|{department}|{certified}|{leader}</c>.</summary>
public sealed record OfficerLeaf(string OfficerId, string Unit, string Department, bool Certified, bool Leader)
{
    public override string ToString() =>
        $"O|{OfficerId}|{Unit}|{Department}|{(Certified ? '1' : '0')}|{(Leader ? '1' : '0')}";
}

/// <summary>This officer must not inspect this target: leaf <c>R|{officerId}|{code}</c>.</summary>
public sealed record RecusalLeaf(string OfficerId, string Code)
{
    public override string ToString() => $"R|{OfficerId}|{Code}";
}

/// <summary>
/// Recusal leaves in §4 order (the UTF-8 bytes of <c>R|{officerId}|{code}</c>) without building the strings: the officer
/// id is compared as a field followed by <c>|</c>, then the code (the last field) ordinally.
/// </summary>
public sealed class RecusalLeafOrder : IComparer<RecusalLeaf>
{
    public static RecusalLeafOrder Instance { get; } = new();

    public int Compare(RecusalLeaf? x, RecusalLeaf? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var c = Leaves.CompareField(x.OfficerId, y.OfficerId);
        return c != 0 ? c : Math.Sign(string.CompareOrdinal(x.Code, y.Code));
    }

    /// <summary>The order of officer ids within recusal (and officer) leaves: each is followed by <c>|</c>.</summary>
    public static int CompareOfficerIds(string? x, string? y) => Leaves.CompareField(x ?? string.Empty, y ?? string.Empty);
}

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
