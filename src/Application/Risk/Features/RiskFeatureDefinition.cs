namespace DoubleRandom.Application.Risk.Features;

/// <summary>One model feature: its camelCase name (also in contributions and the registry), kind and what a person reads.</summary>
public sealed record RiskFeatureDefinition(string Name, RiskFeatureKind Kind, string Chinese, string English);
