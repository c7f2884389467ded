using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Common.Paging;
using DoubleRandom.Domain.Rosters;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Imports;

public sealed record GetImportJobQuery(Guid Id) : IQuery<ImportJobDto>, IScopedToImportJob
{
    Guid? IScopedToImportJob.ScopedImportJobId => Id;
}

/// <summary>Recent import jobs, newest first: how a client that lost the 202 (a dropped connection) finds its job.</summary>
public sealed record ListImportJobsQuery(ImportRoster? Roster, ImportJobStatus? Status, int Page, int PageSize)
    : IQuery<PagedResult<ImportJobDto>>, IPageQuery
{
    public string? Sort => null;
}

public sealed class ListImportJobsValidator : AbstractValidator<ListImportJobsQuery>
{
    public ListImportJobsValidator() => this.AddPagingRules([]);
}

/// <summary>The path of a finished job's report CSV (row, column, message).</summary>
public sealed record GetImportReportQuery(Guid Id) : IQuery<string>, IScopedToImportJob
{
    Guid? IScopedToImportJob.ScopedImportJobId => Id;
}

public sealed class ImportJobQueryHandlers(
    IApplicationDbContext db, IImportProgress progress, IImportFileStore files, Identity.UnitScope scope, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<GetImportJobQuery, ImportJobDto>, IQueryHandler<GetImportReportQuery, string>,
      IQueryHandler<ListImportJobsQuery, PagedResult<ImportJobDto>>
{
    public async ValueTask<PagedResult<ImportJobDto>> Handle(ListImportJobsQuery query, CancellationToken cancellationToken)
    {
        var jobs = db.ImportJobs.AsNoTracking();
        // Data scoping: a job is its uploader's, seen by them and wherever the uploader's unit is.
        if (await scope.VisibleUnitIdsAsync(cancellationToken) is { } visible)
        {
            var units = visible.ToList();
            var me = actor.Name;
            jobs = jobs.Where(j => j.CreatedBy == me
                || db.Users.Any(u => u.UserName == j.CreatedBy && u.UnitId != null && units.Contains(u.UnitId.Value)));
        }
        if (query.Roster is { } roster)
        {
            jobs = jobs.Where(j => j.Roster == roster);
        }

        if (query.Status is { } status)
        {
            jobs = jobs.Where(j => j.Status == status);
        }

        var page = await jobs.OrderByDescending(j => j.CreatedAtUtc).ThenBy(j => j.Id).ToPagedResultAsync(query, cancellationToken);
        return new PagedResult<ImportJobDto>(page.Items.Select(ToDto).ToList(), page.Page, page.PageSize, page.TotalCount);
    }

    public async ValueTask<ImportJobDto> Handle(GetImportJobQuery query, CancellationToken cancellationToken)
    {
        return ToDto(await FindAsync(query.Id, cancellationToken));
    }

    private ImportJobDto ToDto(ImportJob job)
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
