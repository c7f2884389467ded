using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Reports;

/// <summary>Computes the report's model from its facts (see <see cref="IEvaluationReportBuilder"/>).</summary>
public sealed class EvaluationReportBuilder : IEvaluationReportBuilder
{
    public EvaluationReport Build(EvaluationFacts facts, ReportHeader header) => throw new NotImplementedException("i17-builder");
}
