using System.Buffers.Binary;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// The first 24 bytes of <c>code|</c>, zero padded, as three big-endian integers. Codes are unique
/// and '|' sorts after every code character, so <c>code|</c> decides the leaf order on its own.
/// </summary>
internal readonly record struct LeafSortKey(ulong K0, ulong K1, ulong K2, int Index) : IComparable<LeafSortKey>
{
    public const int PrefixBytes = 24;

    /// <summary>Packs the key; <paramref name="scratch"/> holds <see cref="PrefixBytes"/> bytes.</summary>
    public static LeafSortKey For(string code, int index, Span<byte> scratch)
    {
        scratch.Clear();
        var length = Math.Min(code.Length, PrefixBytes);

        // Codes are ASCII once validated; anything else is refused before the order matters.
        for (var p = 0; p < length; p++)
        {
            scratch[p] = (byte)code[p];
        }

        if (code.Length < PrefixBytes)
        {
            scratch[code.Length] = (byte)'|';
        }

        return new LeafSortKey(
            BinaryPrimitives.ReadUInt64BigEndian(scratch),
            BinaryPrimitives.ReadUInt64BigEndian(scratch[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(scratch[16..]),
            index);
    }

    /// <summary>
    /// Orders by the packed prefix, then by index only to be total: keys with equal prefixes
    /// are put in leaf order afterwards by <see cref="LeafOrder"/>.
    /// </summary>
    public int CompareTo(LeafSortKey other) =>
        K0 != other.K0 ? (K0 < other.K0 ? -1 : 1)
        : K1 != other.K1 ? (K1 < other.K1 ? -1 : 1)
        : K2 != other.K2 ? (K2 < other.K2 ? -1 : 1)
        : Index.CompareTo(other.Index);

    public bool SamePrefix(LeafSortKey other) => K0 == other.K0 && K1 == other.K1 && K2 == other.K2;

    /// <summary>Prefix word 0, 1 or 2 (0 past the end).</summary>
    public ulong Word(int word) => word switch { 0 => K0, 1 => K1, 2 => K2, _ => 0 };
}
