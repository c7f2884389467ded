using DoubleRandom.Application.Risk.Registry;

namespace DoubleRandom.Application.Risk.Queries.CompareRiskModels;

/// <summary>
/// Two registry versions side by side: both summaries, the validation metrics with their deltas (second − first), the
/// features only one of them reads, and whether their trainer and feature fingerprint are the same. Validation metrics
/// are comparable only over the same validation period: <see cref="SameValidationPeriod"/> says so.
/// </summary>
public sealed record RiskModelComparisonDto(
    RiskModelSummaryDto First,
    RiskModelSummaryDto Second,
    IReadOnlyList<RiskMetricDelta> Metrics,
    IReadOnlyList<string> FeaturesOnlyInFirst,
    IReadOnlyList<string> FeaturesOnlyInSecond,
    bool SameTrainer,
    bool SameFeatureFingerprint,
    bool SameValidationPeriod);
