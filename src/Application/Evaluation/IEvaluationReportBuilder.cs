using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Application.Evaluation;

/// <summary>Computes the report's one model from its facts (implemented in Analytics: the design-based estimators, fairness tests and the Chinese findings). Pure: the same facts give the same model, byte for byte when serialized.</summary>
public interface IEvaluationReportBuilder
{
    EvaluationReport Build(EvaluationFacts facts, ReportHeader header);
}
