using DoubleRandom.Domain.Risk;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>Three probability thresholds separating A|B|C|D (below the first is A; at or above the third is D).</summary>
public readonly record struct RiskThresholds(double First, double Second, double Third)
{
    public RiskTier TierOf(double probability) => RiskTierCutoffs.TierOf(probability, First, Second, Third);
}
