namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>The one-page summary: headline figures and plain-language findings (Chinese first).</summary>
public sealed record ReportSummary(IReadOnlyList<HeadlineFigure> Headlines, IReadOnlyList<Finding> Findings);
