namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>A target's predicted probability of a problem per checked item, and the features that contributed most (largest |contribution| first).</summary>
public sealed record RiskPrediction(double Probability, IReadOnlyList<FeatureContribution> Top);
