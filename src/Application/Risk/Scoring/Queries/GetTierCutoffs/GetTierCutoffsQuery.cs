using Mediator;

namespace DoubleRandom.Application.Risk.Scoring.Queries.GetTierCutoffs;

public sealed record GetTierCutoffsQuery : IQuery<RiskTierCutoffsDto>;
