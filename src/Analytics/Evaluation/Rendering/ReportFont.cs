using DoubleRandom.Application.Common.Fonts;
using SkiaSharp;

namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>
/// The report's CJK face, read once: its character map (to check coverage and to subset) and the whole face for Skia to
/// measure with. A PDF embeds a subset holding only the glyphs it prints (the shared <see cref="TrueTypeSubsetter"/>,
/// as the printed draw record does, ADR 0015 and 0032); a face with CFF outlines is embedded whole.
/// </summary>
public sealed class ReportFont
{
    private readonly Lazy<SKTypeface> _whole;

    public ReportFont(string path)
    {
        Path = path;
        try
        {
            Face = TrueTypeFace.Load(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"The report's CJK font {path} cannot be read: {e.Message} ({ReportFontLocator.Remedy}).", e);
        }

        _whole = new(() => SKTypeface.FromFile(path)
            ?? throw new InvalidOperationException($"The report's CJK font {path} cannot be read by SkiaSharp ({ReportFontLocator.Remedy})."));
    }

    public string Path { get; }

    public TrueTypeFace Face { get; }

    /// <summary>The whole face (for measuring, and for the SVG charts, which carry no font).</summary>
    public SKTypeface Whole => _whole.Value;

    /// <summary>True when the face maps <paramref name="codePoint"/> to a glyph.</summary>
    public bool Covers(int codePoint) => Face.GlyphOf(codePoint) != 0;

    /// <summary>A face with the outlines of <paramref name="codePoints"/> only (glyph ids and metrics kept); the whole face when it does not subset.</summary>
    public SKTypeface Subset(IEnumerable<int> codePoints)
    {
        if (Face.HasGlyfOutlines)
        {
            try
            {
                var subset = SKTypeface.FromData(SKData.CreateCopy(TrueTypeSubsetter.Subset(Face, codePoints)));
                if (subset is not null)
                {
                    return subset;
                }
            }
            catch (InvalidDataException)
            {
                // The whole face below: larger, but the text still prints.
            }
        }

        return SKTypeface.FromFile(Path)
            ?? throw new InvalidOperationException($"The report's CJK font {Path} cannot be read by SkiaSharp ({ReportFontLocator.Remedy}).");
    }
}
