namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>A chart, drawn by ScottPlot onto the PDF page (vectors) and as inline SVG in the HTML.</summary>
public sealed record ChartBlock(ReportChart Chart) : ReportBlock;
