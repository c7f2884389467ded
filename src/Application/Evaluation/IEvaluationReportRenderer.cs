using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Application.Evaluation;

/// <summary>Renders the computed model as a document (implemented in Analytics with ScottPlot: PDF on A4 with the CJK font embedded and vector charts; one self-contained HTML file with inline SVG). Deterministic: the same model renders the same charts byte for byte.</summary>
public interface IEvaluationReportRenderer
{
    byte[] Render(EvaluationReport report, ReportFormat format);
}
