using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Risk.Training;
using Mediator;

namespace DoubleRandom.Application.Risk.Commands.RunRiskJob;

/// <summary>Run one queued risk job to its end; <see cref="Echo"/> also receives its progress (the command line's console).</summary>
[Unscoped("sent by the risk job worker and the risk command line only, never by an endpoint, acting for the job's requester")]
public sealed record RunRiskJobCommand(Guid JobId, IProgress<RiskJobProgress>? Echo = null) : ICommand;
