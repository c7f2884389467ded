using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Evaluation.Commands.GenerateEvaluationReport;
using DoubleRandom.Application.Evaluation.Commands.RunEvaluationReport;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Evaluation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Evaluation.Queries.GetEvaluationReportFile;

/// <summary>404 for an unknown job; 409 <c>evaluation-report-not-ready</c> while it has not succeeded; the file of the job it reuses when it reused one.</summary>
public sealed class GetEvaluationReportFileHandler(IApplicationDbContext db) : IQueryHandler<GetEvaluationReportFileQuery, EvaluationReportDownload>
{
    public async ValueTask<EvaluationReportDownload> Handle(GetEvaluationReportFileQuery query, CancellationToken cancellationToken)
    {
        var job = await db.EvaluationReportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(RecordNames.EvaluationReport, query.Id);
        Rule.Check(job.Status == EvaluationReportStatus.Succeeded, RuleCodes.EvaluationReportNotReady);
        var format = Extension(query.Format);
        var filesJob = job.FilesJobId;
        var file = await db.EvaluationReportFiles.AsNoTracking().FirstOrDefaultAsync(f => f.JobId == filesJob && f.Format == format, cancellationToken)
            ?? throw new NotFoundException(RecordNames.EvaluationReport, query.Id);
        var period = EvaluationPeriod.Of(job.PeriodFrom, job.PeriodTo);
        return new EvaluationReportDownload(file.Content, query.Format, file.Sha256, job.FinishedAtUtc ?? job.RequestedAtUtc,
            $"evaluation-report-{period.FileStem}", $"{period.Label}{EvaluationReportHeaders.Title}");
    }

    /// <summary>The stored format name and file extension of <paramref name="format"/>: <c>pdf</c> or <c>html</c>.</summary>
    public static string Extension(ReportFormat format) => format == ReportFormat.Pdf ? "pdf" : "html";
}
