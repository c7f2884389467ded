using System.Buffers.Binary;

namespace DoubleRandom.Application.Common.Fonts;

/// <summary>Reads the Unicode subtables of a <c>cmap</c> table (formats 4 and 12) into code point → glyph.</summary>
internal static class CmapReader
{
    private const int MaxCodePoint = 0x10FFFF;

    public static Dictionary<int, ushort> Read(byte[] cmap)
    {
        var span = cmap.AsSpan();
        var map = new Dictionary<int, ushort>();
        var subtables = BinaryPrimitives.ReadUInt16BigEndian(FontBytes.Slice(span, 2, 2, "the cmap header"));
        long? format4 = null, format12 = null;
        for (var i = 0; i < subtables; i++)
        {
            var record = FontBytes.Slice(span, 4 + (8 * i), 8, $"cmap encoding record {i}");
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            long offset = BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (!unicode)
            {
                continue;
            }

            var format = BinaryPrimitives.ReadUInt16BigEndian(FontBytes.Slice(span, offset, 2, $"the cmap subtable of encoding record {i}"));
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
            ReadFormat12(span[(int)f12..], map);
        }
        else if (format4 is { } f4)
        {
            ReadFormat4(span[(int)f4..], map);
        }
        else
        {
            throw new InvalidDataException("The font has no Unicode cmap subtable of format 4 or 12.");
        }

        return map;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, Dictionary<int, ushort> map)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(FontBytes.Slice(table, 0, 14, "the cmap format 4 header")[6..]) / 2;
        var ends = 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        FontBytes.Need(table, 0, rangeOffsets + (2 * segments), $"the {segments} segments of the cmap format 4 subtable");
        var previousEnd = -1;
        for (var s = 0; s < segments; s++)
        {
            var end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (2 * s))..]);
            var start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (2 * s))..]);
            // The specification sorts the segments by rising end code and a segment starts at or before its end: segments that
            // overlap or run backwards would map the same characters again and again (32,767 of them: billions of steps).
            if (start > end || end <= previousEnd)
            {
                throw new InvalidDataException(
                    $"The cmap format 4 segment {s} ({start:X4}..{end:X4}) runs backwards or does not follow the previous one (which ends at {previousEnd:X4}).");
            }

            previousEnd = end;
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
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(FontBytes.Slice(table, at, 2, $"the glyph id array of cmap format 4 segment {s}"));
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
        long groups = BinaryPrimitives.ReadUInt32BigEndian(FontBytes.Slice(table, 0, 16, "the cmap format 12 header")[12..]);
        FontBytes.Need(table, 16, 12 * groups, $"the {groups} groups of the cmap format 12 subtable");
        long previousEnd = -1;
        for (var g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + (12 * g), 12);
            long start = BinaryPrimitives.ReadUInt32BigEndian(group);
            long end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(group[8..]);

            // Groups are sorted and do not overlap (OpenType cmap format 12), so at most 0x110000 code points are mapped.
            if (end < start || end > MaxCodePoint || start <= previousEnd)
            {
                throw new InvalidDataException(
                    $"The font's cmap format 12 group {g} maps U+{start:X}..U+{end:X}: a range must lie within U+0..U+10FFFF, not end before it starts and come after the previous group.");
            }

            previousEnd = end;
            for (var c = (int)start; c <= end; c++)
            {
                map[c] = (ushort)(glyph + c - start);
            }
        }
    }
}
