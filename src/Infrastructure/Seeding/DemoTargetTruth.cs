namespace DoubleRandom.Infrastructure.Seeding;

/// <summary>What the demo history knows and a model must estimate: η_i from the features, the random effect u_i, and p_i = logistic(η_i + u_i).</summary>
public sealed record DemoTargetTruth(double LinearPredictor, double RandomEffect, double Probability);
