namespace DoubleRandom.Application.Rosters.Imports;

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
