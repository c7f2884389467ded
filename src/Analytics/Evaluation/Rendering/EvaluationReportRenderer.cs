using System.Text;
using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Model;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>
/// Renders the report's model as PDF or HTML with ScottPlot charts (see <see cref="IEvaluationReportRenderer"/>, ADR
/// 0032): both from the same laid-out blocks (<see cref="ReportComposer"/>), so both print the same numbers. The font
/// is found from <see cref="ReportOptions.FontPath"/> or the well-known system locations (checked at start) and read
/// on first use; the charts are drawn one rendering at a time (ScottPlot's font state is process-wide).
/// </summary>
public sealed class EvaluationReportRenderer(IOptions<ReportOptions> options) : IEvaluationReportRenderer
{
    // PublicationOnly: a failure is not cached, so a font installed later is picked up without a restart.
    private readonly Lazy<ReportFont> _font = new(() => new ReportFont(ReportFontLocator.Find(options.Value.FontPath)), LazyThreadSafetyMode.PublicationOnly);

    /// <summary>The face the documents print with (found and read on first use).</summary>
    public ReportFont Font => _font.Value;

    public byte[] Render(EvaluationReport report, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = ReportComposer.Compose(report);
        return format switch
        {
            ReportFormat.Pdf => new PdfReportWriter(Font).Write(document, report.Header.GeneratedAtUtc),
            ReportFormat.Html => Encoding.UTF8.GetBytes(ChartFont.Use(Font.Whole, () => HtmlReportWriter.Write(document))),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
    }
}
