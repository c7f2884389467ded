namespace DoubleRandom.Application.Risk.Training;

/// <summary>A schema feature's share of the chosen model's mean absolute contribution on the validation rows (shares sum to 1).</summary>
public sealed record RiskFeatureShare(string Feature, double Share);
