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
        ?? throw new NotFoundException(Text.Of("导入任务", "Import job"), id);

    public ImportJobDto ToDto(ImportJob job)
    {
        var rowsDone = job.RowsDone;
        var rowsTotal = job.RowsTotal;
        double? eta = null;
        if (!job.IsFinished && progress.Get(job.Id) is { } live)
        {
            (rowsDone, rowsTotal) = live;
            if (job.StartedAtUtc is { } started && rowsDone > 0 && rowsTotal is { } total)
            {
                var elapsed = (clock.GetUtcNow().UtcDateTime - started).TotalSeconds;
                eta = Math.Max(0, elapsed / rowsDone * (total - rowsDone));
            }
        }

        return new ImportJobDto(job.Id, job.Roster, job.Mode, job.FileName, job.FileSha256, job.FileBytes, job.Encoding, job.Status, rowsDone, rowsTotal, eta,
            job.Inserted, job.Updated, job.Unchanged, job.ErrorCount, job.Message, $"/api/v1/import-jobs/{job.Id}/report",
            job.CreatedAtUtc, job.StartedAtUtc, job.FinishedAtUtc);
    }
}
