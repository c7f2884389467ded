using ScottPlot;
using SkiaSharp;

namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>Answers ScottPlot's requests for <see cref="ChartFont.Name"/> with the face of the rendering in progress (see <see cref="ChartFont"/>).</summary>
internal sealed class ChartFontResolver : IFontResolver
{
    public SKTypeface? Current { get; set; }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        fontName == ChartFont.Name ? Current : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == ChartFont.Name ? Current : null;
}
