using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Evaluation.Jobs;

/// <summary>Jobs as the API shows them, each with its files (one query for a page; a reusing job shows the files it reuses).</summary>
public static class EvaluationReportJobDtos
{
    public static async Task<EvaluationReportJobDto> OfAsync(IApplicationDbContext db, EvaluationReportJob job, CancellationToken ct) =>
        (await OfAsync(db, [job], ct))[0];

    public static async Task<IReadOnlyList<EvaluationReportJobDto>> OfAsync(IApplicationDbContext db, IReadOnlyList<EvaluationReportJob> jobs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(jobs);
        var ids = jobs.Where(j => j.Status == EvaluationReportStatus.Succeeded).Select(j => j.FilesJobId).Distinct().ToList();
        var files = ids.Count == 0
            ? []
            : await db.EvaluationReportFiles.AsNoTracking().Where(f => ids.Contains(f.JobId))
                .Select(f => new { f.JobId, f.Format, f.Sha256, f.Size }).ToListAsync(ct);
        return [.. jobs.Select(j => From(j, [.. files.Where(f => j.Status == EvaluationReportStatus.Succeeded && f.JobId == j.FilesJobId)
            .OrderBy(f => f.Format, StringComparer.Ordinal).Select(f => new EvaluationReportFileDto(f.Format, f.Sha256, f.Size))]))];
    }

    public static EvaluationReportJobDto From(EvaluationReportJob job, IReadOnlyList<EvaluationReportFileDto> files)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(job.Id, job.Status, job.Stage, job.Percent, job.PeriodFrom, job.PeriodTo, job.PeriodLabel, EvaluationReportJson.ReadScope(job.Scope),
            job.RequestedBy, job.RequestedAtUtc, job.StartedAtUtc, job.FinishedAtUtc, job.HeartbeatAtUtc, job.CancelRequested, job.Fingerprint,
            job.DataDigest, job.ModelVersion, job.ReusedFromId, files, job.ErrorCode, job.ErrorMessage);
    }
}
