namespace DoubleRandom.Application.Risk.Features;

/// <summary>How the model reads a feature: one-hot encoded categories, or a number.</summary>
public enum RiskFeatureKind
{
    Categorical,

    Numeric,
}
