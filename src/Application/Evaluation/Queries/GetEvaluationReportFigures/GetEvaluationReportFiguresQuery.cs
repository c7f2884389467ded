using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Evaluation.Model;
using Mediator;

namespace DoubleRandom.Application.Evaluation.Queries.GetEvaluationReportFigures;

/// <summary>A succeeded report's figures: the computed model (schema <c>er-1</c>) its PDF and HTML were rendered from.</summary>
[Unscoped("evaluation reports are the bureau's analysis (analysts and administrators), not a unit's")]
public sealed record GetEvaluationReportFiguresQuery(Guid Id) : IQuery<EvaluationReport>;
