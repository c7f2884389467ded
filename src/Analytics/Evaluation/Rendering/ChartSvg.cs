using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>
/// A chart as inline SVG: ScottPlot draws the same plot onto Skia's SVG canvas (call inside <see cref="ChartFont.Use"/>),
/// the XML declaration is dropped, the face's family becomes the page's CJK font stack (the SVG carries no font), a
/// viewBox lets it shrink to a phone's width, and Skia's clip ids (numbered by a counter the process shares) are renamed
/// in order of appearance with the chart's own prefix: unique within the page, and the same every time.
/// </summary>
internal static partial class ChartSvg
{
    public const string FontStack = "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei',sans-serif";

    public static string Render(ReportChart chart, string idPrefix)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(SKRect.Create(chart.Width, chart.Height), stream))
        {
            var plot = new ScottPlot.Plot();
            chart.Build(plot);
            plot.Render(canvas, chart.Width, chart.Height);
        }

        var svg = Encoding.UTF8.GetString(stream.ToArray());
        svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..].TrimEnd();
        svg = FontFamily().Replace(svg, $"font-family=\"{FontStack}\"");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        svg = Reference().Replace(svg, m =>
        {
            var id = m.Groups[2].Value;
            if (!ids.TryGetValue(id, out var renamed))
            {
                renamed = $"{idPrefix}{ids.Count + 1}";
                ids.Add(id, renamed);
            }

            return m.Groups[1].Value + renamed;
        });
        var size = $"width=\"{chart.Width}\" height=\"{chart.Height}\"";
        var label = WebUtility.HtmlEncode(chart.Title);
        return svg.Replace(size, $"{size} viewBox=\"0 0 {chart.Width} {chart.Height}\" role=\"img\" aria-label=\"{label}\"", StringComparison.Ordinal);
    }

    [GeneratedRegex("(id=\"|url\\(#|href=\"#)([A-Za-z0-9_\\-]+)")]
    private static partial Regex Reference();

    [GeneratedRegex("font-family=\"[^\"]*\"")]
    private static partial Regex FontFamily();
}
