using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports;

/// <summary>
/// The progress of running jobs. Kept in memory for the instance running the import (the import's own transaction
/// holds the database — SQLite locks it whole — so its counts are not written there until the end); on PostgreSQL the
/// phase and its progress are also stored on the job row, outside that transaction, for every other instance.
/// </summary>
public interface IImportProgress
{
    /// <summary>The job enters <paramref name="phase"/> with <paramref name="total"/> to do (null when unknown).</summary>
    Task EnterAsync(Guid jobId, ImportJobPhase phase, long? total, CancellationToken ct);

    /// <summary>Rows read so far (and estimated in the file); while validating, also the phase's progress.</summary>
    Task ReportRowsAsync(Guid jobId, long rowsDone, long? rowsTotal, CancellationToken ct);

    /// <summary>Progress within the current phase (rows written).</summary>
    Task AdvanceAsync(Guid jobId, long phaseDone, long? phaseTotal, CancellationToken ct);

    ImportLiveProgress? Get(Guid jobId);

    void Forget(Guid jobId);
}
