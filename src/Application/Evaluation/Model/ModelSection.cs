namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>The risk model active at the period's end: metrics, ROC and PR curves, reliability, feature importance, drift of the tier distribution.</summary>
public sealed record ModelSection(
    SectionStatus Status,
    int? Version,
    string? Trainer,
    DateTime? TrainedAtUtc,
    double? Auc,
    double? PrAuc,
    double? Brier,
    double? LiftAtBudget,
    IReadOnlyList<CurvePoint> Roc,
    IReadOnlyList<CurvePoint> PrecisionRecall,
    IReadOnlyList<ReliabilityRow> Reliability,
    IReadOnlyList<ImportanceRow> Importance,
    IReadOnlyList<TierDriftRow> TierDrift);
