using DoubleRandom.Domain.Risk;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>Why a target has its tier: the model's probability, the cut-offs of the scoring that set it, and the features that weighed most.</summary>
/// <param name="Scored">False when no model set the tier (set by hand, by an import, or none): only <paramref name="Summary"/> and the tier then.</param>
/// <param name="Probability">The predicted probability that a checked item finds a problem.</param>
/// <param name="RescoreId">The scoring that set the tier (its cut-offs are below).</param>
/// <param name="ThresholdFirst">The probability thresholds that scoring applied: below the first A, below the second B, below the third C, else D.</param>
/// <param name="Contributions">Largest influence first.</param>
public sealed record RiskExplanationDto(
    string TargetCode,
    string TargetName,
    RiskTier? Tier,
    bool Scored,
    double? Probability,
    int? ModelVersion,
    Guid? RescoreId,
    RiskTierCutoffMode? CutoffMode,
    double? CutoffFirst,
    double? CutoffSecond,
    double? CutoffThird,
    double? ThresholdFirst,
    double? ThresholdSecond,
    double? ThresholdThird,
    IReadOnlyList<RiskContributionDto> Contributions,
    string Summary);
