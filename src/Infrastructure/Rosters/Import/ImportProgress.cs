using System.Collections.Concurrent;
using DoubleRandom.Application.Rosters.Imports;

namespace DoubleRandom.Infrastructure.Rosters.Import;

public sealed class ImportProgress : IImportProgress
{
    private readonly ConcurrentDictionary<Guid, (long, long?)> _jobs = new();

    public void Report(Guid jobId, long rowsDone, long? rowsTotal) => _jobs[jobId] = (rowsDone, rowsTotal);

    public (long RowsDone, long? RowsTotal)? Get(Guid jobId) => _jobs.TryGetValue(jobId, out var p) ? p : null;

    public void Forget(Guid jobId) => _jobs.TryRemove(jobId, out _);
}
