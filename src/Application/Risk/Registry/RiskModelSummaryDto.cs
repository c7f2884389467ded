using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Risk;

namespace DoubleRandom.Application.Risk.Registry;

/// <summary>
/// A registry version as a list shows it: its number, trainer, data range and rows (estimated-weight rows among them),
/// whether it was weighted by 1/λ, its validation metrics, whether its features match the current schema
/// (<c>compatible</c>: only such a version can be activated), the model file's size and SHA-256, and whether it is active.
/// </summary>
public sealed record RiskModelSummaryDto(
    Guid Id,
    int Version,
    string Trainer,
    bool Compatible,
    DateOnly DataFrom,
    DateOnly DataTo,
    DateOnly ValidationFrom,
    long TrainingRows,
    long ValidationRows,
    long EstimatedWeightRows,
    bool Weighted,
    RiskMetrics Validation,
    string TrainedBy,
    DateTime TrainedAtUtc,
    long FileBytes,
    string FileSha256,
    bool IsActive,
    DateTime? ActivatedAtUtc,
    string? ActivatedBy)
{
    public static RiskModelSummaryDto From(RiskModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var metrics = RiskJson.Read<RiskModelMetrics>(m.Metrics);
        return new(m.Id, m.Version, m.Trainer, IsCompatible(m), m.DataFrom, m.DataTo, m.ValidationFrom, m.TrainingRows, m.ValidationRows,
            m.EstimatedWeightRows, m.Weighted, metrics.Validation, m.TrainedBy, m.TrainedAtUtc, m.FileBytes, m.FileSha256, m.IsActive,
            m.ActivatedAtUtc, m.ActivatedBy);
    }

    public static bool IsCompatible(RiskModel m) =>
        string.Equals(m?.FeatureFingerprint, RiskFeatureSchema.Fingerprint, StringComparison.Ordinal);
}
