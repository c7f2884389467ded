using DoubleRandom.Application.Risk.Registry;
using Mediator;

namespace DoubleRandom.Application.Risk.Queries.GetRiskModel;

/// <summary>One registry version in full: metrics, the trainer comparison, its features.</summary>
public sealed record GetRiskModelQuery(Guid Id) : IQuery<RiskModelDto>;
