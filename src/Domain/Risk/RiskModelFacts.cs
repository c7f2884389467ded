namespace DoubleRandom.Domain.Risk;

/// <summary>What a training says of the model it registers (JSON members already serialised).</summary>
public sealed record RiskModelFacts(
    string Trainer,
    string HyperParameters,
    string FeatureNames,
    string FeatureFingerprint,
    DateOnly DataFrom,
    DateOnly DataTo,
    DateOnly ValidationFrom,
    long TrainingRows,
    long ValidationRows,
    long EstimatedWeightRows,
    bool Weighted,
    string Metrics);
