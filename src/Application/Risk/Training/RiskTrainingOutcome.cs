namespace DoubleRandom.Application.Risk.Training;

/// <summary>
/// A trained model: the file to store (loaded later without retraining), the chosen trainer and why (the
/// comparison), the features it reads (<see cref="Features.RiskFeatureSchema.Fingerprint"/> at training time) and
/// its metrics on the training rows and on the validation rows (of the model fitted on the training rows, as chosen).
/// <see cref="RefitRows"/>: the rows the stored model was fitted on after the choice (training and validation together).
/// </summary>
public sealed record RiskTrainingOutcome(
    byte[] ModelFile,
    string Trainer,
    IReadOnlyDictionary<string, string> HyperParameters,
    IReadOnlyList<string> FeatureNames,
    string FeatureFingerprint,
    RiskMetrics Training,
    RiskMetrics Validation,
    IReadOnlyList<RiskCandidate> Candidates)
{
    /// <summary>The rows the stored model was fitted on: the chosen trainer refitted on training + validation (0 = not refitted).</summary>
    public int RefitRows { get; init; }
}
