using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Evaluation.Jobs;
using Mediator;

namespace DoubleRandom.Application.Evaluation.Commands.CancelEvaluationReport;

/// <summary>Ask a report generation to stop: a queued one is cancelled at once, a running one between its stages.</summary>
[Unscoped("evaluation reports are the bureau's analysis (analysts and administrators), not a unit's")]
public sealed record CancelEvaluationReportCommand(Guid Id) : ICommand<EvaluationReportJobDto>;
