using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Application.Risk;

/// <summary>
/// Writes a running job's progress on its row, outside the job's own unit of work (not audited: the job's final state
/// is), and answers whether a cancellation was asked for meanwhile (by any instance).
/// </summary>
public interface IRiskJobProgressStore
{
    /// <returns>True when the job's row says a cancellation was requested.</returns>
    Task<bool> StoreAsync(Guid jobId, RiskJobProgress progress, CancellationToken ct);
}
