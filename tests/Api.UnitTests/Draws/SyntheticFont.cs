using System.Buffers.Binary;

namespace DoubleRandom.Api.UnitTests.Draws;

/// <summary>
/// A small TrueType font built in memory for the reader's tests: <c>glyphs</c> simple glyphs of <c>glyphSize</c> bytes,
/// a short loca, and a cmap format 12 group mapping U+4E00.. to glyphs 1... Tests change its tables to break it.
/// </summary>
internal static class SyntheticFont
{
    public const int FirstCodePoint = 0x4E00;

    public static SortedDictionary<string, byte[]> Tables(int glyphs, int glyphSize)
    {
        var cmap = new byte[4 + 8 + 16 + 12];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(4), 3);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(6), 10);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(8), 12);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(12), 12);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(16), 28);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(24), 1);
        SetGroup(cmap, FirstCodePoint, (uint)(FirstCodePoint + glyphs - 2), 1);

        var head = new byte[54];
        BinaryPrimitives.WriteUInt32BigEndian(head, 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(12), 0x5F0F3CF5);
        var hhea = new byte[36];
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)glyphs);
        var maxp = new byte[6];
        BinaryPrimitives.WriteUInt32BigEndian(maxp, 0x00005000);
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)glyphs);
        var post = new byte[32];
        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
        var glyf = new byte[glyphs * glyphSize];
        var loca = new byte[(glyphs + 1) * 2];
        for (var g = 0; g <= glyphs; g++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * g), (ushort)(g * glyphSize / 2));
        }

        return new(StringComparer.Ordinal)
        {
            ["cmap"] = cmap, ["glyf"] = glyf, ["head"] = head, ["hhea"] = hhea, ["hmtx"] = new byte[4 * glyphs],
            ["loca"] = loca, ["maxp"] = maxp, ["post"] = post,
        };
    }

    /// <summary>Sets the (only) cmap format 12 group.</summary>
    public static void SetGroup(byte[] cmap, uint start, uint end, uint glyph)
    {
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(28), start);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(32), end);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(36), glyph);
    }

    /// <summary>The sfnt file of the tables, unpadded, so that every byte belongs to the header, the directory or a table.</summary>
    public static byte[] File(SortedDictionary<string, byte[]> tables)
    {
        var file = new byte[12 + (16 * tables.Count) + tables.Values.Sum(t => t.Length)];
        BinaryPrimitives.WriteUInt32BigEndian(file, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(4), (ushort)tables.Count);
        var offset = 12 + (16 * tables.Count);
        var i = 0;
        foreach (var (tag, data) in tables)
        {
            var record = file.AsSpan(12 + (16 * i++), 16);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(file.AsSpan(offset));
            offset += data.Length;
        }

        return file;
    }

    /// <summary>The file offset of a table's directory record.</summary>
    public static int RecordOf(SortedDictionary<string, byte[]> tables, string tag) => 12 + (16 * tables.Keys.ToList().IndexOf(tag));
}
