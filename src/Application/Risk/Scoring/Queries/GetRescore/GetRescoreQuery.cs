using Mediator;

namespace DoubleRandom.Application.Risk.Scoring.Queries.GetRescore;

public sealed record GetRescoreQuery(Guid Id) : IQuery<RiskRescoreDto>;
