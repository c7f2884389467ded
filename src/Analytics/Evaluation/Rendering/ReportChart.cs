using ScottPlot;

namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>
/// One chart: its size in points (PDF) and pixels (SVG), every text it prints (so the PDF's font subset holds them), and
/// how to build the ScottPlot plot (a new plot each time: plots are not shared between renderings).
/// </summary>
public sealed record ReportChart(string Title, int Width, int Height, IReadOnlyList<string> Texts, Action<Plot> Build);
