using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Risk.Jobs;
using Mediator;

namespace DoubleRandom.Application.Risk.Commands.CancelRiskJob;

/// <summary>Ask a risk job to stop: a queued one is cancelled at once, a running one at its next check.</summary>
[Unscoped("risk jobs are the bureau's (one at a time for the deployment), not a unit's")]
public sealed record CancelRiskJobCommand(Guid Id) : ICommand<RiskJobDto>;
