using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Evaluation.Commands.RunEvaluationReport;

/// <summary>Run one queued report generation to its end; <see cref="Echo"/> also receives its progress (the command line's console).</summary>
[Unscoped("sent by the report worker and the report command line only, never by an endpoint, acting for the job's requester")]
public sealed record RunEvaluationReportCommand(Guid JobId, IProgress<EvaluationProgress>? Echo = null) : ICommand;
