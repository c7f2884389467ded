using System.Buffers.Binary;

namespace DoubleRandom.Infrastructure.Draws.Fonts;

/// <summary>
/// One TrueType face read from a <c>.ttf</c> or from a TrueType collection (<c>.ttc</c>, first face): its tables and the
/// character-to-glyph map. Only what <see cref="TrueTypeSubsetter"/> needs; the font is trusted (a file the operator chose).
/// </summary>
public sealed class TrueTypeFace
{
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

    public static TrueTypeFace Load(string path, int faceIndex = 0)
    {
        var file = File.ReadAllBytes(path);
        var span = file.AsSpan();
        var offset = 0;
        if (span.Length >= 12 && span[..4].SequenceEqual("ttcf"u8))
        {
            var faces = (int)BinaryPrimitives.ReadUInt32BigEndian(span[8..]);
            if (faceIndex < 0 || faceIndex >= faces)
            {
                throw new InvalidDataException($"{path} holds {faces} faces; face {faceIndex} does not exist.");
            }

            offset = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(12 + (4 * faceIndex))..]);
        }

        var sfntVersion = BinaryPrimitives.ReadUInt32BigEndian(span[offset..]);
        var count = BinaryPrimitives.ReadUInt16BigEndian(span[(offset + 4)..]);
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = span.Slice(offset + 12 + (16 * i), 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[tag] = span.Slice(start, length).ToArray();
        }

        return new TrueTypeFace(sfntVersion, tables);
    }
}
