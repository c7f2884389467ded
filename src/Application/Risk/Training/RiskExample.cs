using DoubleRandom.Application.Risk.Features;

namespace DoubleRandom.Application.Risk.Training;

/// <summary>
/// One labelled row: one item checked at one visit (risk = the probability that one checked item finds a problem).
/// <see cref="Weight"/> is the Horvitz–Thompson weight 1/λ of the draw that chose the target (1 when unweighted).
/// </summary>
/// <param name="Problem">The result's category indicates a problem.</param>
/// <param name="WeightEstimated">λ was unknown (imported history without 入样概率) and estimated; see the docs.</param>
public sealed record RiskExample(RiskFeatures Features, DateOnly InspectedOn, bool Problem, double Weight, bool WeightEstimated);
