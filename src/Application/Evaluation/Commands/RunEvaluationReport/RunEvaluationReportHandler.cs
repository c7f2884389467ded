using System.Globalization;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Evaluation.Jobs;
using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Evaluation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Application.Evaluation.Commands.RunEvaluationReport;

/// <summary>
/// Runs one queued generation: marks it running, reads the facts (<see cref="IEvaluationFactSource"/>), computes the
/// fingerprint (<see cref="EvaluationFingerprint"/>) and — when a succeeded job has the same one — reuses its figures and
/// files; otherwise builds the report (<see cref="IEvaluationReportBuilder"/>) and renders its PDF and HTML
/// (<see cref="IEvaluationReportRenderer"/>). The success (figures and files in one transaction) is audited as
/// <c>report.generate</c> with the period, scope, fingerprint, digest and the files' SHA-256 and sizes (never their
/// bytes). A cancellation is seen between stages (and by the fact source); an unexpected exception is logged with the job
/// id and stored as the fixed text of <c>evaluation-report-failed</c>. A heartbeat writes the row about once a second.
/// The in-process cancellation signals are the risk jobs' (<see cref="RiskJobSignals"/>: one map of running job ids).
/// </summary>
public sealed partial class RunEvaluationReportHandler(
    IApplicationDbContext db, IEvaluationFactSource facts, IEvaluationReportBuilder builder, IEvaluationReportRenderer renderer,
    IEvaluationReportProgressStore store, IAuditLog audit, RiskJobSignals signals, TimeProvider clock,
    ILogger<RunEvaluationReportHandler> logger)
    : ICommandHandler<RunEvaluationReportCommand>
{
    public const string AuditAction = "report.generate";

    public async ValueTask<Unit> Handle(RunEvaluationReportCommand command, CancellationToken cancellationToken)
    {
        var job = await db.EvaluationReportJobs.FirstOrDefaultAsync(j => j.Id == command.JobId, cancellationToken);
        if (job is null || job.Status != EvaluationReportStatus.Queued)
        {
            return Unit.Value;
        }

        job.Start("Reading", clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException e) when (e.Code == "stale-version")
        {
            return Unit.Value; // cancelled (or ended) by a request between the read and the start: not run
        }

        using var cancel = signals.Register(job.Id, cancellationToken);
        var reporter = new EvaluationReportReporter(job.Id, store, cancel, command.Echo);
        using var beating = new CancellationTokenSource();
        var heartbeat = reporter.BeatAsync(clock, beating.Token);
        EvaluationReportOutcome? outcome = null;
        (string Code, string Message)? failure = null;
        try
        {
            outcome = await GenerateAsync(job, reporter, cancel.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // cancelled: neither an outcome nor a failure
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, job.Id);
            failure = (RuleCodes.EvaluationReportFailed.Code, RuleTexts.Of(RuleCodes.EvaluationReportFailed, []));
        }
        finally
        {
            signals.Forget(job.Id);
            await beating.CancelAsync();
            await heartbeat;
            await reporter.DrainAsync();
        }

        await StoreFinalAsync(job.Id, outcome, failure);
        return Unit.Value;
    }

    private async Task<EvaluationReportOutcome> GenerateAsync(EvaluationReportJob job, EvaluationReportReporter reporter, CancellationToken ct)
    {
        var scope = EvaluationReportJson.ReadScope(job.Scope);
        var request = new EvaluationRequest(job.PeriodFrom, job.PeriodTo, job.PeriodLabel, scope.UnitIds, scope.DepartmentCodes,
            scope.IndustrySections, job.PeriodFrom.AddYears(-2));
        reporter.Report(new("Reading", 0));
        var reading = new Progress<EvaluationProgress>(p => reporter.Report(new("Reading", Math.Clamp(p.Percent, 0, 100) * 60 / 100)));
        var read = await facts.ReadAsync(request, reading, ct);
        ct.ThrowIfCancellationRequested();

        var modelVersion = await db.RiskModels.AsNoTracking().Where(m => m.IsActive).Select(m => (int?)m.Version).FirstOrDefaultAsync(ct);
        var fingerprint = EvaluationFingerprint.Of(job.PeriodFrom, job.PeriodTo, scope, modelVersion, read.DataDigest);
        var earlier = await db.EvaluationReportJobs.AsNoTracking()
            .Where(j => j.Fingerprint == fingerprint && j.Status == EvaluationReportStatus.Succeeded && j.Id != job.Id)
            .OrderBy(j => j.RequestedAtUtc).FirstOrDefaultAsync(ct);
        if (earlier is { Figures: { } figures })
        {
            var reused = earlier.FilesJobId;
            var files = await db.EvaluationReportFiles.AsNoTracking().Where(f => f.JobId == reused)
                .OrderBy(f => f.Format).Select(f => new EvaluationReportFileDto(f.Format, f.Sha256, f.Size)).ToListAsync(ct);
            return new(fingerprint, read.DataDigest, modelVersion, figures, reused, files, []);
        }

        reporter.Report(new("Building", 60));
        var header = await EvaluationReportHeaders.CreateAsync(db, job, scope, modelVersion, fingerprint, read.DataDigest, clock.GetUtcNow().UtcDateTime, ct);
        var report = builder.Build(read, header);
        ct.ThrowIfCancellationRequested();

        reporter.Report(new("Rendering", 75));
        var html = renderer.Render(report, ReportFormat.Html);
        ct.ThrowIfCancellationRequested();
        reporter.Report(new("Rendering", 85));
        var pdf = renderer.Render(report, ReportFormat.Pdf);
        ct.ThrowIfCancellationRequested();

        reporter.Report(new("Storing", 95));
        List<EvaluationReportFile> stored =
        [
            EvaluationReportFile.Of(job.Id, "html", html, EvaluationFingerprint.Hex(html)),
            EvaluationReportFile.Of(job.Id, "pdf", pdf, EvaluationFingerprint.Hex(pdf)),
        ];
        return new(fingerprint, read.DataDigest, modelVersion, EvaluationReportJson.Write(report), null,
            [.. stored.Select(f => new EvaluationReportFileDto(f.Format, f.Sha256, f.Size))], stored);
    }

    /// <summary>
    /// The final state on a clean context (whatever the run left pending is dropped), never cancelled. A success stores
    /// the figures and new files and its <see cref="AuditAction"/> entry in one transaction; a cancellation asked for after
    /// the last check wins over the success (nothing is stored).
    /// </summary>
    private async Task StoreFinalAsync(Guid jobId, EvaluationReportOutcome? outcome, (string Code, string Message)? failure)
    {
        db.ChangeTracker.Clear();
        var job = await db.EvaluationReportJobs.FirstAsync(j => j.Id == jobId, CancellationToken.None);
        var now = clock.GetUtcNow().UtcDateTime;
        if (failure is { } f)
        {
            job.Fail(f.Code, f.Message, now);
        }
        else if (outcome is null || job.CancelRequested)
        {
            job.Cancel(now);
        }
        else
        {
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            db.EvaluationReportFiles.AddRange(outcome.NewFiles);
            job.Succeed(outcome.Fingerprint, outcome.DataDigest, outcome.ModelVersion, outcome.Figures, outcome.ReusedFromId, now);
            await db.SaveChangesAsync(CancellationToken.None);
            await audit.RecordOperationAsync(AuditAction, nameof(EvaluationReportJob), job.Id.ToString(), null, Details(job, outcome), CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            return;
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>What the audit entry records: period, scope, fingerprint, digest, model version, files' SHA-256 and sizes, who and when.</summary>
    private static Dictionary<string, object?> Details(EvaluationReportJob job, EvaluationReportOutcome outcome) => new(StringComparer.Ordinal)
    {
        ["from"] = job.PeriodFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = job.PeriodTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["period"] = job.PeriodLabel,
        ["scope"] = job.Scope,
        ["fingerprint"] = outcome.Fingerprint,
        ["dataDigest"] = outcome.DataDigest,
        ["modelVersion"] = outcome.ModelVersion,
        ["reusedFromId"] = outcome.ReusedFromId?.ToString(),
        ["files"] = string.Join("; ", outcome.Files.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Format} sha256={f.Sha256} size={f.Size}"))),
        ["requestedBy"] = job.RequestedBy,
        ["requestedAtUtc"] = job.RequestedAtUtc,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Evaluation report job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
