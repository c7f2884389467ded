using Mediator;

namespace DoubleRandom.Application.Risk.Scoring.Queries.ExplainTarget;

/// <summary>"Why is this target tier D?" for staff (also the <c>risk explain</c> command).</summary>
public sealed record ExplainTargetQuery(string Code) : IQuery<RiskExplanationDto>;
