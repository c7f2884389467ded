using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>Renders the report's model as PDF or HTML with ScottPlot charts (see <see cref="IEvaluationReportRenderer"/>).</summary>
public sealed class EvaluationReportRenderer : IEvaluationReportRenderer
{
    public byte[] Render(EvaluationReport report, ReportFormat format) => throw new NotImplementedException("i17-render");
}
