using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Risk.Features;

/// <summary>
/// What is known of one target on the day <see cref="AsOf"/>, before anything of that day happens: the roster's
/// facts and the target's past (inspections, problems, follow-ups) strictly before <see cref="AsOf"/>. A training
/// row describes the target as of its draw (the visit's features never see the visit); a scoring row describes it
/// as of the scoring day. The model sees these through <see cref="RiskFeatureSchema"/> only.
/// </summary>
/// <param name="Tier">The tier at <see cref="AsOf"/>: the stratum the target was drawn in for a training row, the roster's tier for a scoring row.</param>
/// <param name="AgeYears">Years from registration to <see cref="AsOf"/>; null when the registration date is unknown.</param>
/// <param name="RegisteredCapital">注册资本 in 万元; null when unknown.</param>
/// <param name="DecayedInspections">Past inspections, each counted exp(−days/half-life·ln 2) (see the feature source's half-life).</param>
/// <param name="DecayedProblems">Past item results that indicate a problem, decayed like <paramref name="DecayedInspections"/>.</param>
/// <param name="DaysSinceLastInspection">Days from the last earlier visit to <see cref="AsOf"/>; null when never inspected.</param>
public sealed record RiskFeatures(
    string TargetCode,
    DateOnly AsOf,
    TargetKind Kind,
    string? IndustrySection,
    string? IndustryDivision,
    string RegionCode,
    TargetStatus Status,
    RiskTier? Tier,
    CreditClass? CreditClass,
    double? AgeYears,
    decimal? RegisteredCapital,
    int TagCount,
    int PastInspections,
    int PastProblems,
    double DecayedInspections,
    double DecayedProblems,
    int? DaysSinceLastInspection,
    int FollowUpsCaseFiled,
    int FollowUpsRectified,
    int FollowUpsOpen);
