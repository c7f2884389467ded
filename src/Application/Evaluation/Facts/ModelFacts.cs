using DoubleRandom.Application.Risk.Registry;

namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>The risk model active at the period's end: its registry row's metrics (with the validation curves and importance when recorded), and the tier distribution of the roster at each re-score in the period and now.</summary>
public sealed record ModelFacts(
    int Version,
    string Trainer,
    DateTime TrainedAtUtc,
    RiskModelMetrics Metrics,
    IReadOnlyList<TierDistributionFact> TierDistributions);
