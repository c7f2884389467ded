namespace DoubleRandom.Application.Evaluation;

/// <summary>
/// Writes a running generation's stage, percent and heartbeat on its row, outside the job's unit of work (not audited:
/// the final state is), and answers whether a cancellation was asked for meanwhile (by any instance).
/// </summary>
public interface IEvaluationReportProgressStore
{
    /// <returns>True when the job's row says a cancellation was requested.</returns>
    Task<bool> StoreAsync(Guid jobId, EvaluationProgress progress, CancellationToken ct);
}
