using System.Buffers.Binary;

namespace DoubleRandom.Application.Common.Fonts;

/// <summary>
/// One TrueType face read from a <c>.ttf</c> or from a TrueType collection (<c>.ttc</c>, first face): its tables and the
/// character-to-glyph map. Only what <see cref="TrueTypeSubsetter"/> needs. Every offset and length is checked: a truncated or malformed
/// file is an <see cref="InvalidDataException"/> naming the table and what is wrong.
/// </summary>
public sealed class TrueTypeFace
{
    /// <summary>The fixed part of the tables whose fields are read (head: indexToLocFormat at 50; hhea: numberOfHMetrics at 34).</summary>
    private static readonly (string Tag, int Size)[] MinimumSizes = [("head", 54), ("maxp", 6), ("hhea", 36), ("post", 32)];

    private readonly Dictionary<int, ushort> _cmap;

    private TrueTypeFace(uint sfntVersion, Dictionary<string, byte[]> tables)
    {
        SfntVersion = sfntVersion;
        Tables = tables;
        _cmap = CmapReader.Read(tables.GetValueOrDefault("cmap") ?? throw new InvalidDataException("The font has no cmap table."));
    }

    public uint SfntVersion { get; }

    /// <summary>Table tag → table bytes, in the order of the file.</summary>
    public IReadOnlyDictionary<string, byte[]> Tables { get; }

    /// <summary>True for glyf/loca outlines, which <see cref="TrueTypeSubsetter"/> can subset (CFF outlines it cannot).</summary>
    public bool HasGlyfOutlines => Tables.ContainsKey("glyf") && Tables.ContainsKey("loca") && Tables.ContainsKey("head") && Tables.ContainsKey("maxp");

    public int GlyphCount => BinaryPrimitives.ReadUInt16BigEndian(Tables["maxp"].AsSpan(4));

    /// <summary>The glyph of a code point, 0 (.notdef) when the font has none.</summary>
    public ushort GlyphOf(int codePoint) => _cmap.GetValueOrDefault(codePoint);

    public static TrueTypeFace Load(string path, int faceIndex = 0) => Parse(File.ReadAllBytes(path), faceIndex);

    /// <summary>Reads a face from the bytes of a font file; a truncated or malformed file is an <see cref="InvalidDataException"/>.</summary>
    public static TrueTypeFace Parse(byte[] file, int faceIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(file);
        var span = file.AsSpan();
        long offset = 0;
        if (span.Length >= 12 && span[..4].SequenceEqual("ttcf"u8))
        {
            var faces = BinaryPrimitives.ReadUInt32BigEndian(span[8..]);
            if (faceIndex < 0 || faceIndex >= faces)
            {
                throw new InvalidDataException($"The font collection holds {faces} faces; face {faceIndex} does not exist.");
            }

            offset = BinaryPrimitives.ReadUInt32BigEndian(FontBytes.Slice(span, 12 + (4 * faceIndex), 4, $"the collection's offset of face {faceIndex}"));
        }

        var header = FontBytes.Slice(span, offset, 12, "the sfnt header");
        var sfntVersion = BinaryPrimitives.ReadUInt32BigEndian(header);
        var count = BinaryPrimitives.ReadUInt16BigEndian(header[4..]);
        var directory = FontBytes.Slice(span, offset + 12, 16 * count, $"the table directory of {count} tables");
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = directory.Slice(16 * i, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var start = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[tag] = FontBytes.Slice(span, start, length, $"the {tag} table (per the table directory)").ToArray();
        }

        foreach (var (tag, size) in MinimumSizes)
        {
            if (tables.TryGetValue(tag, out var table) && table.Length < size)
            {
                throw new InvalidDataException($"The font's {tag} table has {table.Length} bytes; it needs at least {size}.");
            }
        }

        return new TrueTypeFace(sfntVersion, tables);
    }
}
