using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Application.Risk;

/// <summary>
/// Where the model's rows come from: the labelled history (inspection records — their current, corrected version —
/// and imported or demo outcomes) with each row's weight 1/λ, and the features of the roster's targets today. Every
/// feature of a row is computed from facts dated strictly before the row's <see cref="RiskFeatures.AsOf"/> (no leakage).
/// </summary>
public interface IRiskFeatureSource
{
    /// <summary>The labelled rows of visits in [from, to], split by time: visits on or after validationFrom validate.</summary>
    Task<RiskTrainingSet> TrainingSetAsync(RiskDataRange range, IProgress<RiskJobProgress>? progress, CancellationToken ct);

    /// <summary>Every active target as of <paramref name="asOf"/>, streamed in roster order (bounded memory).</summary>
    IAsyncEnumerable<RiskFeatures> CurrentAsync(DateOnly asOf, CancellationToken ct);

    /// <summary>One target as of <paramref name="asOf"/>; null when the code is not in the roster.</summary>
    Task<RiskFeatures?> ForTargetAsync(string code, DateOnly asOf, CancellationToken ct);
}
