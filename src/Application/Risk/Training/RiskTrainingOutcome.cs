namespace DoubleRandom.Application.Risk.Training;

/// <summary>
/// A trained model: the file to store (loaded later without retraining), the chosen trainer and why (the
/// comparison), the features it reads (<see cref="Features.RiskFeatureSchema.Fingerprint"/> at training time) and
/// its metrics on the training rows and on the validation rows.
/// </summary>
public sealed record RiskTrainingOutcome(
    byte[] ModelFile,
    string Trainer,
    IReadOnlyDictionary<string, string> HyperParameters,
    IReadOnlyList<string> FeatureNames,
    string FeatureFingerprint,
    RiskMetrics Training,
    RiskMetrics Validation,
    IReadOnlyList<RiskCandidate> Candidates,
    RiskCurves? Curves = null,
    IReadOnlyList<RiskFeatureShare>? Importance = null);
