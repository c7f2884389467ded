using System.Buffers.Binary;

namespace DoubleRandom.Infrastructure.Draws.Fonts;

/// <summary>Reads the Unicode subtables of a <c>cmap</c> table (formats 4 and 12) into code point → glyph.</summary>
internal static class CmapReader
{
    public static Dictionary<int, ushort> Read(byte[] cmap)
    {
        var span = cmap.AsSpan();
        var map = new Dictionary<int, ushort>();
        var subtables = BinaryPrimitives.ReadUInt16BigEndian(span[2..]);
        int? format4 = null, format12 = null;
        for (var i = 0; i < subtables; i++)
        {
            var record = span.Slice(4 + (8 * i), 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (!unicode)
            {
                continue;
            }

            var format = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
            if (format == 4)
            {
                format4 ??= offset;
            }
            else if (format == 12)
            {
                format12 ??= offset;
            }
        }

        if (format12 is { } f12)
        {
            ReadFormat12(span[f12..], map);
        }
        else if (format4 is { } f4)
        {
            ReadFormat4(span[f4..], map);
        }
        else
        {
            throw new InvalidDataException("The font has no Unicode cmap subtable of format 4 or 12.");
        }

        return map;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, Dictionary<int, ushort> map)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            var end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (2 * s))..]);
            var start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (2 * s))..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (2 * s))..]);
            var rangeOffsetAt = rangeOffsets + (2 * s);
            var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[rangeOffsetAt..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsetAt + rangeOffset + (2 * (c - start));
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    map[c] = (ushort)glyph;
                }
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> table, Dictionary<int, ushort> map)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + (12 * g), 12);
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end; c++)
            {
                map[c] = (ushort)(glyph + c - start);
            }
        }
    }
}
