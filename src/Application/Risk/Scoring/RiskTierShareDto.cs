using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>One tier (or "unrated", <paramref name="Tier"/> null) of the live roster, and how the last two scorings filled it.</summary>
/// <param name="Share">Of all active targets (0..1).</param>
/// <param name="FromModel">Targets whose tier a model's scoring set.</param>
/// <param name="Manual">Targets whose tier a person or an import set (or, for unrated, that have none).</param>
/// <param name="LastRescoreCount">Targets the last scoring put into this tier; null without a scoring.</param>
/// <param name="PreviousRescoreCount">The same for the scoring before it; null without one.</param>
/// <param name="ShareDrift">Last scoring's share of this tier minus the previous scoring's (shares of the targets each scored); null without two scorings.</param>
public sealed record RiskTierShareDto(
    RiskTier? Tier, long Count, double Share, long FromModel, long Manual, long? LastRescoreCount, long? PreviousRescoreCount, double? ShareDrift);
