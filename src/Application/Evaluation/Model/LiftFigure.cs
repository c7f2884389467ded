namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>The naive hit rate of the risk-weighted draws over the estimated population rate (what uniform drawing finds on average).</summary>
public sealed record LiftFigure(double WeightedHitRate, double PopulationRate, double Lift, long Inspections);
