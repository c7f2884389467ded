using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Evaluation.Jobs;
using Mediator;

namespace DoubleRandom.Application.Evaluation.Queries.GetEvaluationReport;

/// <summary>One report generation: status, progress, fingerprint, files.</summary>
[Unscoped("evaluation reports are the bureau's analysis (analysts and administrators), not a unit's")]
public sealed record GetEvaluationReportQuery(Guid Id) : IQuery<EvaluationReportJobDto>;
