using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Risk;

namespace DoubleRandom.Application.Risk.Scoring;

/// <summary>
/// One re-score's predictions: spilled to a temporary file while scoring (bounded memory, nothing in the database),
/// then written in bulk in the caller's open transaction of the unit of work.
/// </summary>
public interface IRiskScoreWriter : IAsyncDisposable
{
    long Count { get; }

    /// <summary>Keeps one target's probability and its top contributions (JSON array) for <see cref="ApplyAsync"/>.</summary>
    ValueTask AddAsync(string targetCode, double probability, string contributions, CancellationToken ct);

    /// <summary>
    /// In the caller's transaction: writes probability, tier (by <paramref name="thresholds"/>) and
    /// <paramref name="modelVersion"/> onto every active target that was scored (retired ones are untouched),
    /// replaces the explanations, and answers how many targets went from which tier to which.
    /// </summary>
    Task<IReadOnlyList<RiskTierMove>> ApplyAsync(
        int modelVersion, RiskThresholds thresholds, IProgress<RiskJobProgress>? progress, CancellationToken ct);
}
