namespace DoubleRandom.Domain.Risk;

/// <summary>
/// One version of the model registry: what was trained (trainer, hyper-parameters, the features it reads and their
/// fingerprint), on what (the data range, the row counts, whether the rows were weighted by 1/λ), how well (the metrics
/// of training, validation and every candidate trainer, as JSON), by whom and when, and the model file's SHA-256 and
/// size (the bytes are in <see cref="RiskModelContent"/>, never in an audit payload). Written once by a training; only
/// activation changes it. One version is active (a partial unique index on <see cref="IsActive"/>).
/// </summary>
public sealed class RiskModel
{
    public const int TrainerMaxLength = 64;
    public const int FingerprintLength = 64;
    public const int NameMaxLength = 100;

    private RiskModel()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The registry number: 1, 2, 3 … in training order (unique).</summary>
    public int Version { get; private set; }

    public string Trainer { get; private set; } = string.Empty;

    /// <summary>The chosen trainer's hyper-parameters as a JSON object.</summary>
    public string HyperParameters { get; private set; } = "{}";

    /// <summary>The model's features in order, as a JSON array of names.</summary>
    public string FeatureNames { get; private set; } = "[]";

    /// <summary>The feature schema's fingerprint at training time: a model of another fingerprint cannot be activated.</summary>
    public string FeatureFingerprint { get; private set; } = string.Empty;

    public DateOnly DataFrom { get; private set; }

    public DateOnly DataTo { get; private set; }

    public DateOnly ValidationFrom { get; private set; }

    public long TrainingRows { get; private set; }

    public long ValidationRows { get; private set; }

    /// <summary>Rows whose λ was unknown and estimated.</summary>
    public long EstimatedWeightRows { get; private set; }

    public bool Weighted { get; private set; }

    /// <summary><c>{"training":…,"validation":…,"candidates":[…]}</c>: the metrics and the trainer comparison.</summary>
    public string Metrics { get; private set; } = "{}";

    public Guid? TrainedByUserId { get; private set; }

    public string TrainedBy { get; private set; } = string.Empty;

    public DateTime TrainedAtUtc { get; private set; }

    /// <summary>The training job that produced it.</summary>
    public Guid JobId { get; private set; }

    public long FileBytes { get; private set; }

    /// <summary>SHA-256 (lower-case hex) of the model file: checked before an activation.</summary>
    public string FileSha256 { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    public DateTime? ActivatedAtUtc { get; private set; }

    public string? ActivatedBy { get; private set; }

    public static RiskModel Register(
        int version, RiskModelFacts facts, Guid jobId, long fileBytes, string fileSha256, string trainedBy, Guid? trainedByUserId, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new RiskModel
        {
            Id = Guid.CreateVersion7(), Version = version, Trainer = facts.Trainer, HyperParameters = facts.HyperParameters,
            FeatureNames = facts.FeatureNames, FeatureFingerprint = facts.FeatureFingerprint, DataFrom = facts.DataFrom, DataTo = facts.DataTo,
            ValidationFrom = facts.ValidationFrom, TrainingRows = facts.TrainingRows, ValidationRows = facts.ValidationRows,
            EstimatedWeightRows = facts.EstimatedWeightRows, Weighted = facts.Weighted, Metrics = facts.Metrics, JobId = jobId,
            FileBytes = fileBytes, FileSha256 = fileSha256, TrainedBy = trainedBy, TrainedByUserId = trainedByUserId, TrainedAtUtc = utcNow,
        };
    }

    public void Activate(string by, DateTime utcNow)
    {
        IsActive = true;
        ActivatedBy = by;
        ActivatedAtUtc = utcNow;
    }

    /// <summary>Another version became active: this one keeps when and by whom it was last activated.</summary>
    public void Deactivate() => IsActive = false;
}
