using DoubleRandom.Application.Risk.Features;

namespace DoubleRandom.Analytics.Tests.Synthetic;

/// <summary>
/// One synthetic target: its features, its hidden effect (known to past tiers, not to the model), its true
/// probability of a problem per item, and the best probability the features allow (the truth averaged over the hidden effect).
/// </summary>
public sealed record SyntheticTarget(RiskFeatures Features, double Hidden, double TrueProbability, double FeatureProbability, int Stratum);
