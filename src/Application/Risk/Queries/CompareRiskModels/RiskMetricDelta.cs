namespace DoubleRandom.Application.Risk.Queries.CompareRiskModels;

/// <summary>One validation metric of both versions and <c>second − first</c>; <see cref="HigherIsBetter"/> says which way is an improvement.</summary>
public sealed record RiskMetricDelta(string Metric, double First, double Second, double Delta, bool HigherIsBetter);
