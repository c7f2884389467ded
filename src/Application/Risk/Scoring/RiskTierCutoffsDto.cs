using DoubleRandom.Domain.Risk;

namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>How scores become tiers: three increasing cut values in (0, 1), as probability thresholds or population quantiles.</summary>
/// <param name="IsDefault">True while nobody has set them (quantiles 50 %, 80 %, 95 %); <paramref name="Version"/> is then 0.</param>
/// <param name="Version">The setting's version: its ETag, to send as If-Match when changing it.</param>
public sealed record RiskTierCutoffsDto(
    RiskTierCutoffMode Mode, double First, double Second, double Third, bool IsDefault, int Version, DateTime? UpdatedAtUtc, string? UpdatedBy)
{
    public static RiskTierCutoffsDto From(RiskTierCutoffs? stored) => stored is null
        ? new RiskTierCutoffsDto(RiskTierCutoffMode.Quantiles, RiskTierCutoffs.DefaultFirst, RiskTierCutoffs.DefaultSecond, RiskTierCutoffs.DefaultThird,
            true, 0, null, null)
        : new RiskTierCutoffsDto(stored.Mode, stored.First, stored.Second, stored.Third, false, stored.Version, stored.UpdatedAtUtc, stored.UpdatedBy);
}
