namespace DoubleRandom.Domain.Risk;

/// <summary>How the three cut values of <see cref="RiskTierCutoffs"/> separate the tiers A|B|C|D.</summary>
public enum RiskTierCutoffMode
{
    /// <summary>Probability thresholds: a score below the first is A, below the second B, below the third C, else D.</summary>
    Thresholds,

    /// <summary>Population quantiles: the first cut is the score below which that share of the scored targets lies, and so on.</summary>
    Quantiles,
}
