using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Risk.Features;

/// <summary>The risk tier of a draw's stratum key (<c>A</c>, <c>C:6401</c>; DR1's strata, StratumRule.Key); null for unrated (<c>U</c>, the demo's <c>-</c>) or unknown strata.</summary>
public static class StratumTiers
{
    public static RiskTier? TierOf(string? stratum)
    {
        if (string.IsNullOrEmpty(stratum))
        {
            return null;
        }

        var colon = stratum.IndexOf(':', StringComparison.Ordinal);
        var tier = colon < 0 ? stratum : stratum[..colon];
        return tier switch
        {
            "A" => RiskTier.A,
            "B" => RiskTier.B,
            "C" => RiskTier.C,
            "D" => RiskTier.D,
            _ => null,
        };
    }
}
