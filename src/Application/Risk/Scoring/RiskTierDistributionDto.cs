namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>The tiers of the active roster today: counts and shares per tier, by source (model or manual), and the drift between the last two scorings.</summary>
/// <param name="Tiers">A, B, C, D, then the unrated.</param>
/// <param name="LastRescoreMoved">Targets the last scoring moved to another tier.</param>
public sealed record RiskTierDistributionDto(
    long Total,
    long FromModel,
    long Manual,
    IReadOnlyList<RiskTierShareDto> Tiers,
    Guid? LastRescoreId,
    int? LastModelVersion,
    DateTime? LastRescoreAtUtc,
    long? LastRescoreMoved,
    Guid? PreviousRescoreId,
    int? PreviousModelVersion);
