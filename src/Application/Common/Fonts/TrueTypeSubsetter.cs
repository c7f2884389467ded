using System.Buffers.Binary;

namespace DoubleRandom.Application.Common.Fonts;

/// <summary>
/// A minimal TrueType subsetter that keeps glyph ids: the outlines (<c>glyf</c>) and metrics (<c>hmtx</c>) of glyphs not
/// used are emptied, <c>loca</c> is rebuilt, <c>post</c> loses its glyph names (version 3) and the vertical and
/// positioning tables are dropped. The <c>cmap</c> stays whole, so the subset maps every code point as the face does and
/// a PDF writer's ToUnicode map (built from it) still gives the text back. The emptied entries compress to almost nothing
/// in the PDF's Flate stream: the 4.6 MB face of wqy-microhei becomes a few kilobytes per page. See ADR 0015.
/// </summary>
public static class TrueTypeSubsetter
{
    /// <summary>Tables a renderer does not need for horizontal, unshaped text.</summary>
    private static readonly HashSet<string> Dropped = new(["GPOS", "vhea", "vmtx", "FFTM", "DSIG", "hdmx", "LTSH", "VDMX"], StringComparer.Ordinal);

    /// <summary>The largest glyf offset the short loca format can store (offset / 2 in 16 bits).</summary>
    private const int MaxShortOffset = 0x1FFFE;

    private const ushort ArgsAreWords = 0x0001, HaveScale = 0x0008, MoreComponents = 0x0020, HaveXyScale = 0x0040, HaveTwoByTwo = 0x0080;

    /// <summary>The face with the outlines of <paramref name="codePoints"/> (and .notdef) only.</summary>
    public static byte[] Subset(TrueTypeFace face, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(face);
        ArgumentNullException.ThrowIfNull(codePoints);
        if (!face.HasGlyfOutlines)
        {
            throw new InvalidDataException("The font has no glyf, loca, head and maxp tables to subset.");
        }

        var glyf = face.Tables["glyf"];
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(face.Tables["head"].AsSpan(50)) == 1;
        var offsets = ReadLoca(face.Tables["loca"], face.GlyphCount, longLoca, glyf.Length);
        var keep = Closure(glyf, offsets, [0, .. codePoints.Select(face.GlyphOf)]);

        var newGlyf = new MemoryStream();
        var newOffsets = new int[offsets.Length];
        for (var g = 0; g < face.GlyphCount; g++)
        {
            newOffsets[g] = (int)newGlyf.Position;
            if (keep.Contains(g))
            {
                newGlyf.Write(glyf, offsets[g], offsets[g + 1] - offsets[g]);
                while (newGlyf.Position % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        newOffsets[face.GlyphCount] = (int)newGlyf.Position;

        // The short format stores offset / 2 in 16 bits; padding can push the subset's offsets past it.
        longLoca |= newOffsets[face.GlyphCount] > MaxShortOffset;
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, data) in face.Tables.Where(t => !Dropped.Contains(t.Key)))
        {
            tables[tag] = tag switch
            {
                "glyf" => newGlyf.ToArray(),
                "loca" => WriteLoca(newOffsets, longLoca),
                "hmtx" => EmptyMetrics(data, face, keep),
                "post" => PostVersion3(data),
                "head" => Head(data, longLoca),
                _ => data,
            };
        }

        return Assemble(face.SfntVersion, tables);
    }

    /// <summary>The glyph offsets, checked: as many as maxp says, never decreasing, none past the end of glyf.</summary>
    private static int[] ReadLoca(byte[] loca, int glyphs, bool longLoca, int glyfLength)
    {
        var size = longLoca ? 4 : 2;
        if (loca.Length < (glyphs + 1) * size)
        {
            throw new InvalidDataException(
                $"The font's loca table has {loca.Length} bytes; maxp's {glyphs} glyphs need {(glyphs + 1) * size} ({(longLoca ? "long" : "short")} format).");
        }

        var offsets = new int[glyphs + 1];
        for (var i = 0; i <= glyphs; i++)
        {
            long offset = longLoca
                ? BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * i))
                : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * i));
            if (offset > glyfLength || (i > 0 && offset < offsets[i - 1]))
            {
                throw new InvalidDataException(
                    $"The font's loca and glyf tables disagree: glyph {i} starts at {offset}, glyf has {glyfLength} bytes{(i > 0 ? $" and glyph {i - 1} starts at {offsets[i - 1]}" : string.Empty)}.");
            }

            offsets[i] = (int)offset;
        }

        return offsets;
    }

    /// <summary>A copy of head whose indexToLocFormat says which loca format was written.</summary>
    private static byte[] Head(byte[] head, bool longLoca)
    {
        var copy = (byte[])head.Clone();
        BinaryPrimitives.WriteInt16BigEndian(copy.AsSpan(50), (short)(longLoca ? 1 : 0));
        return copy;
    }

    private static byte[] WriteLoca(int[] offsets, bool longLoca)
    {
        var loca = new byte[offsets.Length * (longLoca ? 4 : 2)];
        for (var i = 0; i < offsets.Length; i++)
        {
            if (longLoca)
            {
                BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)offsets[i]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * i), (ushort)(offsets[i] / 2));
            }
        }

        return loca;
    }

    /// <summary>The used glyphs and, for composite glyphs, the glyphs they are built from.</summary>
    private static HashSet<int> Closure(byte[] glyf, int[] offsets, IEnumerable<ushort> used)
    {
        var keep = new HashSet<int>();
        var pending = new Stack<int>(used.Select(g => (int)g));
        while (pending.TryPop(out var glyph))
        {
            if (glyph >= offsets.Length - 1 || !keep.Add(glyph) || offsets[glyph + 1] - offsets[glyph] < 10)
            {
                continue;
            }

            var data = glyf.AsSpan(offsets[glyph], offsets[glyph + 1] - offsets[glyph]);
            if (BinaryPrimitives.ReadInt16BigEndian(data) >= 0)
            {
                continue;
            }

            var at = 10;
            ushort flags;
            do
            {
                var component = FontBytes.Slice(data, at, 4, $"a component of composite glyph {glyph}");
                flags = BinaryPrimitives.ReadUInt16BigEndian(component);
                pending.Push(BinaryPrimitives.ReadUInt16BigEndian(component[2..]));
                at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
                at += (flags & HaveScale) != 0 ? 2 : (flags & HaveXyScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0;
            }
            while ((flags & MoreComponents) != 0);
        }

        return keep;
    }

    /// <summary>hmtx with the advance and side bearing of every glyph not kept set to zero.</summary>
    private static byte[] EmptyMetrics(byte[] hmtx, TrueTypeFace face, HashSet<int> keep)
    {
        var hhea = face.Tables.GetValueOrDefault("hhea") ?? throw new InvalidDataException("The font has an hmtx table but no hhea table.");
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));
        var result = new byte[hmtx.Length];
        for (var g = 0; g < face.GlyphCount; g++)
        {
            var (at, size) = g < longMetrics ? (4 * g, 4) : ((4 * longMetrics) + (2 * (g - longMetrics)), 2);
            if ((keep.Contains(g) || g == longMetrics - 1) && at + size <= hmtx.Length)
            {
                hmtx.AsSpan(at, size).CopyTo(result.AsSpan(at));
            }
        }

        return result;
    }

    private static byte[] PostVersion3(byte[] post)
    {
        var header = post.AsSpan(0, 32).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00030000);
        return header;
    }

    /// <summary>An sfnt file of the tables, with table checksums and the head's checkSumAdjustment.</summary>
    private static byte[] Assemble(uint sfntVersion, SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        var head = tables["head"];
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        var size = 12 + (16 * count) + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var file = new byte[size];
        var span = file.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, sfntVersion);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count * 16) - (power * 16)));
        var offset = 12 + (16 * count);
        var headOffset = 0;
        var i = 0;
        foreach (var (tag, data) in tables)
        {
            var record = span.Slice(12 + (16 * i++), 16);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            headOffset = tag == "head" ? offset : headOffset;
            offset += (data.Length + 3) & ~3;
        }

        BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], 0xB1B0AFBA - Checksum(file));
        return file;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var b = 0; b < 4; b++)
            {
                word = (word << 8) | (i + b < data.Length ? data[i + b] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }
}
