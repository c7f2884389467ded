using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Imports;

/// <summary>A job as a client sees it: while it runs, the live progress (and an ETA) instead of the stored counts.</summary>
public sealed class ImportJobView(IImportProgress progress, TimeProvider clock)
{
    /// <summary>The job, untracked, or 404.</summary>
    public static async Task<ImportJob> FindAsync(IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken)
        ?? throw new NotFoundException(RecordNames.ImportJob, id);

    /// <summary>The job with its live progress while it runs (<see cref="RostersMapper"/>).</summary>
    public ImportJobDto ToDto(ImportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.ToDto(job.IsFinished ? null : progress.Get(job.Id), clock.GetUtcNow().UtcDateTime);
    }
}
