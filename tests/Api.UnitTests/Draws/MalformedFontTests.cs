using System.Buffers.Binary;
using DoubleRandom.Application.Draws;
using DoubleRandom.Infrastructure;
using DoubleRandom.Infrastructure.Draws;
using DoubleRandom.Application.Common.Fonts;
using DoubleRandom.Infrastructure.Pdf;
using Microsoft.Extensions.Logging.Abstractions;

namespace DoubleRandom.Api.UnitTests.Draws;

/// <summary>
/// The font reader and subsetter on malformed input (ADR 0015): every truncation or bad offset is an
/// <see cref="InvalidDataException"/> naming what is wrong, never an index error or a hang.
/// </summary>
public sealed class MalformedFontTests
{
    [Fact]
    public void The_synthetic_font_reads_and_subsets()
    {
        var face = TrueTypeFace.Parse(SyntheticFont.File(SyntheticFont.Tables(5, 12)));

        Assert.Equal(5, face.GlyphCount);
        Assert.Equal(2, face.GlyphOf(SyntheticFont.FirstCodePoint + 1));
        var subset = TrueTypeFace.Parse(TrueTypeSubsetter.Subset(face, [SyntheticFont.FirstCodePoint]));
        Assert.Equal(0, BinaryPrimitives.ReadInt16BigEndian(subset.Tables["head"].AsSpan(50)));
    }

    [Fact]
    public void A_font_cut_short_anywhere_is_invalid_data()
    {
        var file = SyntheticFont.File(SyntheticFont.Tables(5, 12));
        for (var length = 0; length < file.Length; length++)
        {
            Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(file[..length]));
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(100)]
    [InlineData(1_000)]
    [InlineData(2_000_000)]
    public void The_real_collection_cut_short_is_invalid_data(int length)
    {
        var file = File.ReadAllBytes(new RecordOptions().FontPath);

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(file[..length]));
        Assert.Contains("font", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("glyf", 0xFFFF_FFF0u, 4u)]
    [InlineData("cmap", 10u, 0xFFFF_FFFFu)]
    [InlineData("head", 0x7FFF_FFFFu, 54u)]
    public void A_table_directory_pointing_outside_the_file_is_invalid_data(string tag, uint offset, uint length)
    {
        var tables = SyntheticFont.Tables(5, 12);
        var file = SyntheticFont.File(tables);
        var record = SyntheticFont.RecordOf(tables, tag);
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(record + 8), offset);
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(record + 12), length);

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(file));
        Assert.Contains($"the {tag} table", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_face_index_or_table_too_short_for_its_fields_is_invalid_data()
    {
        var tables = SyntheticFont.Tables(5, 12);
        tables["head"] = new byte[50];

        Assert.Contains("head", Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(SyntheticFont.File(tables))).Message, StringComparison.Ordinal);
        var collection = new byte[16];
        "ttcf"u8.CopyTo(collection);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(12), 1_000);
        Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(collection));
        Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(collection, 3));
    }

    [Theory]
    [InlineData(0x4E00u, 0xFFFF_FFFFu)]
    [InlineData(0u, 0x7FFF_FFFFu)]
    [InlineData(0x4E00u, 0x110000u)]
    [InlineData(0x4E01u, 0x4E00u)]
    public void A_cmap_group_beyond_Unicode_or_ending_before_it_starts_is_invalid_data(uint start, uint end)
    {
        var tables = SyntheticFont.Tables(5, 12);
        SyntheticFont.SetGroup(tables["cmap"], start, end, 1);

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(SyntheticFont.File(tables)));
        Assert.Contains("cmap format 12 group 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_cmap_groups_and_a_group_count_past_the_table_are_invalid_data()
    {
        var tables = SyntheticFont.Tables(5, 12);
        var cmap = new byte[52];
        tables["cmap"].CopyTo(cmap, 0);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(24), 2);
        cmap.AsSpan(28, 12).CopyTo(cmap.AsSpan(40));
        tables["cmap"] = cmap;
        Assert.Contains("group 1", Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(SyntheticFont.File(tables))).Message, StringComparison.Ordinal);

        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(24), 0x1000_0000);
        Assert.Contains("groups", Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(SyntheticFont.File(tables))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cmap_subtable_outside_the_table_is_invalid_data()
    {
        var tables = SyntheticFont.Tables(5, 12);
        BinaryPrimitives.WriteUInt32BigEndian(tables["cmap"].AsSpan(8), 0x8000_0000);

        Assert.Contains("cmap", Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(SyntheticFont.File(tables))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cmap_format_4_with_more_segments_than_bytes_is_invalid_data()
    {
        var tables = SyntheticFont.Tables(5, 12);
        var cmap = tables["cmap"];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(12), 4);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(18), 0xFFFE);

        Assert.Contains("format 4", Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(SyntheticFont.File(tables))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x0041, 0x0040, 0x0050, 0x0060)] // the first segment runs backwards
    [InlineData(0x0000, 0xFFF0, 0x0000, 0xFFF0)] // the second overlaps the first: segments would be mapped again and again
    public void Cmap_format_4_segments_out_of_order_are_invalid_data(int start0, int end0, int start1, int end1)
    {
        var tables = SyntheticFont.Tables(5, 12);
        tables["cmap"] = Format4Cmap((start0, end0), (start1, end1));

        Assert.Contains("format 4 segment", Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(SyntheticFont.File(tables))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cmap_format_4_segments_in_order_map_their_characters()
    {
        var tables = SyntheticFont.Tables(5, 12);
        tables["cmap"] = Format4Cmap((0x0041, 0x0042), (0xFFFF, 0xFFFF));

        Assert.NotNull(TrueTypeFace.Parse(SyntheticFont.File(tables)));
    }

    /// <summary>A cmap with one Windows Unicode subtable of format 4: the segments given, delta 0, no glyph id array.</summary>
    private static byte[] Format4Cmap(params (int Start, int End)[] segments)
    {
        var n = segments.Length;
        var cmap = new byte[12 + 14 + (8 * n) + 2];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(4), 3);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(6), 1);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(8), 12);
        var table = cmap.AsSpan(12);
        BinaryPrimitives.WriteUInt16BigEndian(table, 4);
        BinaryPrimitives.WriteUInt16BigEndian(table[2..], (ushort)table.Length);
        BinaryPrimitives.WriteUInt16BigEndian(table[6..], (ushort)(2 * n));
        for (var i = 0; i < n; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(table[(14 + (2 * i))..], (ushort)segments[i].End);
            BinaryPrimitives.WriteUInt16BigEndian(table[(14 + (2 * n) + 2 + (2 * i))..], (ushort)segments[i].Start);
        }

        return cmap;
    }

    [Theory]
    [InlineData(5, 31)] // the last offset (62) past the end of glyf (60 bytes)
    [InlineData(2, 5)] // glyph 2 at 10, before glyph 1 at 12
    public void Loca_and_glyf_that_disagree_are_invalid_data_when_subsetting(int glyph, ushort halfOffset)
    {
        var tables = SyntheticFont.Tables(5, 12);
        BinaryPrimitives.WriteUInt16BigEndian(tables["loca"].AsSpan(2 * glyph), halfOffset);
        var face = TrueTypeFace.Parse(SyntheticFont.File(tables));

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeSubsetter.Subset(face, [SyntheticFont.FirstCodePoint]));
        Assert.Contains("loca", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loca_shorter_than_maxp_says_and_a_cut_composite_glyph_are_invalid_data()
    {
        var tables = SyntheticFont.Tables(5, 12);
        tables["loca"] = tables["loca"][..6];
        Assert.Throws<InvalidDataException>(() => TrueTypeSubsetter.Subset(TrueTypeFace.Parse(SyntheticFont.File(tables)), [SyntheticFont.FirstCodePoint]));

        tables = SyntheticFont.Tables(5, 12);
        BinaryPrimitives.WriteInt16BigEndian(tables["glyf"].AsSpan(12), -1); // glyph 1: composite, 12 bytes, no room for a component
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeSubsetter.Subset(TrueTypeFace.Parse(SyntheticFont.File(tables)), [SyntheticFont.FirstCodePoint]));
        Assert.Contains("composite glyph 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subset_whose_padded_offsets_pass_the_short_loca_range_is_written_with_a_long_loca()
    {
        // 12,000 glyphs of 10 bytes fit a short loca (120,000 ≤ 0x1FFFE); padded to 12 bytes each they do not (144,000).
        const int glyphs = 12_000;
        var tables = SyntheticFont.Tables(glyphs, 10);
        for (var g = 0; g < glyphs; g++)
        {
            tables["glyf"][(10 * g) + 9] = (byte)(g % 251);
        }

        var face = TrueTypeFace.Parse(SyntheticFont.File(tables));
        Assert.Equal(0, BinaryPrimitives.ReadInt16BigEndian(face.Tables["head"].AsSpan(50)));

        var subset = TrueTypeFace.Parse(TrueTypeSubsetter.Subset(face, Enumerable.Range(SyntheticFont.FirstCodePoint, glyphs - 1)));

        Assert.Equal(1, BinaryPrimitives.ReadInt16BigEndian(subset.Tables["head"].AsSpan(50)));
        var loca = subset.Tables["loca"];
        Assert.Equal(4 * (glyphs + 1), loca.Length);
        for (var g = 0; g <= glyphs; g++)
        {
            Assert.Equal((uint)(12 * g), BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * g)));
        }

        Assert.Equal(12 * glyphs, subset.Tables["glyf"].Length);
        Assert.Equal((byte)(11_999 % 251), subset.Tables["glyf"][(12 * 11_999) + 9]);
    }

    [Fact]
    public void A_font_that_cannot_be_read_fails_the_record_like_a_missing_one_and_is_read_again_once_fixed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"font-{Guid.NewGuid():N}.ttc");
        var renderer = new DrawRecordPdf(path, new UnsignedPdf(), NullLogger<DrawRecordPdf>.Instance);
        var model = Model();
        try
        {
            Assert.Contains("is missing", Assert.Throws<InvalidOperationException>(() => renderer.Render(model)).Message, StringComparison.Ordinal);

            File.WriteAllBytes(path, File.ReadAllBytes(new RecordOptions().FontPath)[..1_000]);
            var error = Assert.Throws<InvalidOperationException>(() => renderer.Render(model));
            Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
            Assert.IsType<InvalidDataException>(error.InnerException);

            File.Copy(new RecordOptions().FontPath, path, overwrite: true);
            Assert.Equal("%PDF"u8.ToArray(), renderer.Render(model)[..4]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_face_that_reads_but_does_not_subset_is_embedded_whole()
    {
        var file = File.ReadAllBytes(new RecordOptions().FontPath);
        var face = TrueTypeFace.Parse(file);
        var loca = face.Tables["loca"];
        var at = file.AsSpan().IndexOf(loca); // the loca table of face 0, found by its bytes
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(face.Tables["head"].AsSpan(50)) == 1;
        var last = at + ((longLoca ? 4 : 2) * face.GlyphCount);
        file.AsSpan(last, longLoca ? 4 : 2).Fill(0xFF); // the end of glyf past the table
        var path = Path.Combine(Path.GetTempPath(), $"font-{Guid.NewGuid():N}.ttc");
        File.WriteAllBytes(path, file);
        try
        {
            Assert.Throws<InvalidDataException>(() => TrueTypeSubsetter.Subset(TrueTypeFace.Load(path), [0x62BD]));
            var pdf = new DrawRecordPdf(path, new UnsignedPdf(), NullLogger<DrawRecordPdf>.Instance).Render(Model());

            Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
            Assert.True(pdf.Length > 1_000_000, $"{pdf.Length} bytes: the whole face is embedded");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static DrawRecordModel Model() => new(Guid.NewGuid(), "任务", 2026, ["事项"], [], [], [], [], DateTime.UnixEpoch, DateTime.UnixEpoch, "熵",
        [], [], [], [], [], "https://example.org/v");
}
