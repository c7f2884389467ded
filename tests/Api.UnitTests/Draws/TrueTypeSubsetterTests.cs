using System.Buffers.Binary;
using DoubleRandom.Infrastructure;
using DoubleRandom.Application.Common.Fonts;

namespace DoubleRandom.Api.UnitTests.Draws;

/// <summary>The record's font subset (ADR 0015): same glyph ids and cmap, outlines only for the characters printed.</summary>
public sealed class TrueTypeSubsetterTests
{
    private static readonly TrueTypeFace Face = TrueTypeFace.Load(new RecordOptions().FontPath);

    [Fact]
    public void The_first_face_of_the_collection_is_read_with_its_Unicode_map()
    {
        Assert.True(Face.HasGlyfOutlines);
        Assert.True(Face.GlyphCount > 20_000);
        Assert.NotEqual(0, Face.GlyphOf('抽'));
        Assert.NotEqual(Face.GlyphOf('抽'), Face.GlyphOf('取'));
        Assert.Equal(0, Face.GlyphOf(0x10FFFF));
    }

    [Fact]
    public void A_subset_keeps_glyph_ids_and_the_outlines_of_the_printed_characters_only()
    {
        const string printed = "双随机抽取记录 王晓明（银川市局）0123";
        var bytes = TrueTypeSubsetter.Subset(Face, printed.EnumerateRunes().Select(r => r.Value));
        var path = Path.Combine(Path.GetTempPath(), $"subset-{Guid.NewGuid():N}.ttf");
        File.WriteAllBytes(path, bytes);
        var subset = TrueTypeFace.Load(path);
        File.Delete(path);

        Assert.True(bytes.Length < 600_000, $"{bytes.Length} bytes");
        Assert.Equal(Face.GlyphCount, subset.GlyphCount);
        Assert.Equal(Face.GlyphOf('录'), subset.GlyphOf('录'));
        Assert.Equal(Face.GlyphOf('签'), subset.GlyphOf('签'));
        var full = Outlines(Face);
        var kept = Outlines(subset);
        foreach (var c in printed.Where(c => c != ' '))
        {
            var glyph = Face.GlyphOf(c);
            Assert.Equal(full[glyph].ToArray(), kept[glyph][..full[glyph].Length].ToArray());
        }

        Assert.Equal(0, kept[Face.GlyphOf('签')].Length);
        Assert.DoesNotContain("GPOS", subset.Tables.Keys);
        Assert.Equal(0x00030000u, BinaryPrimitives.ReadUInt32BigEndian(subset.Tables["post"]));

        // The whole file sums to the sfnt magic once checkSumAdjustment is in place.
        uint sum = 0;
        for (var i = 0; i < bytes.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(i)));
        }

        Assert.Equal(0xB1B0AFBAu, sum);
    }

    private static Dictionary<int, ReadOnlyMemory<byte>> Outlines(TrueTypeFace face)
    {
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(face.Tables["head"].AsSpan(50)) == 1;
        var loca = face.Tables["loca"];
        int Offset(int g) => longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * g)) : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * g));
        return Enumerable.Range(0, face.GlyphCount).ToDictionary(g => g, g => new ReadOnlyMemory<byte>(face.Tables["glyf"], Offset(g), Offset(g + 1) - Offset(g)));
    }
}
