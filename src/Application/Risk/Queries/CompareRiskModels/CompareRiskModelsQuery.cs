using Mediator;

namespace DoubleRandom.Application.Risk.Queries.CompareRiskModels;

/// <summary>Two registry versions side by side.</summary>
public sealed record CompareRiskModelsQuery(Guid First, Guid Second) : IQuery<RiskModelComparisonDto>;
