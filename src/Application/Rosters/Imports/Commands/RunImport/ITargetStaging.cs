using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>
/// Port: the bulk write of valid target rows, in one transaction of its own, merged into <c>targets</c> (new codes
/// inserted, changed rows updated, unchanged rows left alone). Infrastructure implements it with binary COPY on
/// PostgreSQL and prepared inserts on SQLite. One instance serves one import.
/// </summary>
public interface ITargetStaging : IAsyncDisposable
{
    /// <summary>How the rows were loaded (for the log): "staged", or "direct" for a first load straight into the table.</summary>
    string LoadKind { get; }

    /// <summary>How many indexes of <c>targets</c> were dropped and built once after the load (for the log).</summary>
    int IndexesRebuilt { get; }

    Task BeginAsync(StagingPlan plan, CancellationToken ct);

    /// <summary>Buffers one valid row (flushing a full buffer): the hot path, no allocation per row beyond the row.</summary>
    ValueTask WriteAsync(TargetRow row, CancellationToken ct);

    Task<(long Inserted, long Updated)> MergeAsync(CancellationToken ct);

    /// <summary>Builds the indexes a first bulk load dropped (PostgreSQL; nothing to do otherwise), before the commit.</summary>
    Task IndexAsync(CancellationToken ct);

    /// <summary>
    /// Rolls back at once and stops writing: the file is going to be rejected, so the transaction (and a first load's
    /// lock on <c>targets</c>) is given up before the rest of the file is validated. Further rows are not written.
    /// </summary>
    ValueTask AbandonAsync();

    /// <summary>Without a commit, disposing rolls everything back (dry run, invalid file, failure).</summary>
    Task CommitAsync(CancellationToken ct);
}
