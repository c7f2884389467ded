using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Rosters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Imports;

public sealed record GetImportJobQuery(Guid Id) : IQuery<ImportJobDto>;

/// <summary>The path of a finished job's report CSV (row, column, message).</summary>
public sealed record GetImportReportQuery(Guid Id) : IQuery<string>;

public sealed class ImportJobQueryHandlers(IApplicationDbContext db, IImportProgress progress, IImportFileStore files, TimeProvider clock)
    : IQueryHandler<GetImportJobQuery, ImportJobDto>, IQueryHandler<GetImportReportQuery, string>
{
    public async ValueTask<ImportJobDto> Handle(GetImportJobQuery query, CancellationToken cancellationToken)
    {
        var job = await FindAsync(query.Id, cancellationToken);
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

        return new ImportJobDto(job.Id, job.Roster, job.Mode, job.FileName, job.Encoding, job.Status, rowsDone, rowsTotal, eta,
            job.Inserted, job.Updated, job.Unchanged, job.ErrorCount, job.Message, $"/api/v1/import-jobs/{job.Id}/report",
            job.CreatedAtUtc, job.StartedAtUtc, job.FinishedAtUtc);
    }

    public async ValueTask<string> Handle(GetImportReportQuery query, CancellationToken cancellationToken)
    {
        var job = await FindAsync(query.Id, cancellationToken);
        var path = files.ReportPath(job);
        if (!job.IsFinished || !File.Exists(path))
        {
            throw new NotFoundException(Text.Of("导入报告（任务未完成）", "Import report (the job has not finished)"), query.Id);
        }

        return path;
    }

    private async Task<ImportJob> FindAsync(Guid id, CancellationToken ct) =>
        await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct)
        ?? throw new NotFoundException(Text.Of("导入任务", "Import job"), id);
}
