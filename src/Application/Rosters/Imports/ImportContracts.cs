using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports;

/// <summary>Hands a queued job to the background worker.</summary>
public interface IImportJobQueue
{
    void Enqueue(Guid jobId);
}

/// <summary>
/// Rows done of running jobs, kept in memory: the import's own transaction holds the database (SQLite
/// locks it whole), so progress is not written there until the end.
/// </summary>
public interface IImportProgress
{
    void Report(Guid jobId, long rowsDone, long? rowsTotal);

    (long RowsDone, long? RowsTotal)? Get(Guid jobId);

    void Forget(Guid jobId);
}

/// <summary>Reads a stored upload far enough to refuse it at once: empty, binary, unreadable, wrong columns.</summary>
public interface IRosterFileProbe
{
    /// <summary>Field errors (keyed <c>file</c>, <c>encoding</c> or <c>columns</c>), empty when the file looks importable.</summary>
    IReadOnlyDictionary<string, string[]> Probe(string path, string fileName, ImportRoster roster, string encoding);
}

/// <summary>Runs one job: validate every row (writing the report), then apply in one transaction unless dry-run or invalid.</summary>
public interface IRosterImporter
{
    Task<ImportOutcome> RunAsync(ImportJob job, CancellationToken cancellationToken);
}

/// <summary>Where uploads and their reports are kept.</summary>
public interface IImportFileStore
{
    string NewUploadPath(Guid jobId, string extension);

    string ReportPath(ImportJob job);
}
