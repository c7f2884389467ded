using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Domain.Tasks;

/// <summary>
/// One stratum (§4.2.1): a risk tier (A–D, or U for unrated), optionally narrowed to a region prefix,
/// drawing either a ratio in basis points or a fixed count. Its DR1 key is <c>A</c> or <c>A:6401</c>.
/// </summary>
public sealed record StratumRule(string Tier, string? RegionPrefix, int? RatioBp, int? Count)
{
    public const string Unrated = "U";

    public string Key => RegionPrefix is null ? Tier : $"{Tier}:{RegionPrefix}";

    public static string TierOf(RiskTier? tier) => tier?.ToString() ?? Unrated;
}
