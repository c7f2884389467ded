using Mediator;

namespace DoubleRandom.Application.Risk.Scoring.Queries.GetTierDistribution;

public sealed record GetTierDistributionQuery : IQuery<RiskTierDistributionDto>;
