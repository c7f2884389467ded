using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Risk.Jobs;
using Mediator;

namespace DoubleRandom.Application.Risk.Queries.GetRiskJob;

/// <summary>One risk job and its progress (poll it until it is finished).</summary>
[Unscoped("risk jobs are the bureau's (one at a time for the deployment), not a unit's")]
public sealed record GetRiskJobQuery(Guid Id) : IQuery<RiskJobDto>;
