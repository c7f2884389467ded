using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Evaluation.Jobs;
using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Evaluation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Evaluation.Commands.CancelEvaluationReport;

/// <summary>
/// 404 for an unknown job, 409 <c>evaluation-report-finished</c> for a finished one; otherwise records the request (the
/// row's update audited, and the operation <c>report.cancel</c>: who, when) and signals the job when it runs in this
/// process (another instance sees the row at its next heartbeat). A job whose process is gone (stale heartbeat) is ended
/// at once (<c>evaluation-report-interrupted</c>). The status is the row's concurrency token: when the worker starts or
/// finishes the job meanwhile, the job is read again and the request recorded on what it is now.
/// </summary>
public sealed class CancelEvaluationReportHandler(
    IApplicationDbContext db, RiskJobSignals signals, IAuditLog audit, EvaluationReportOptions options, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CancelEvaluationReportCommand, EvaluationReportJobDto>
{
    public const string AuditAction = "report.cancel";
    private const int Attempts = 3;

    public async ValueTask<EvaluationReportJobDto> Handle(CancelEvaluationReportCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ended = await EvaluationReportInterruption.EndAsync(db, now.AddSeconds(-options.JobStaleAfterSeconds), now, cancellationToken);
        var job = await CancelAsync(command.Id, ended.Contains(command.Id), cancellationToken);
        signals.Cancel(job.Id);
        return await EvaluationReportJobDtos.OfAsync(db, job, cancellationToken);
    }

    private async Task<EvaluationReportJob> CancelAsync(Guid id, bool endedNow, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var job = await db.EvaluationReportJobs.FirstOrDefaultAsync(j => j.Id == id, ct) ?? throw new NotFoundException(RecordNames.EvaluationReport, id);
            if (endedNow)
            {
                return job;
            }

            Rule.Check(!job.IsFinished, RuleCodes.EvaluationReportFinished);
            job.RequestCancel(actor.Name, clock.GetUtcNow().UtcDateTime);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                await audit.RecordOperationAsync(AuditAction, nameof(EvaluationReportJob), job.Id.ToString(), null,
                    new Dictionary<string, object?>(StringComparer.Ordinal) { ["status"] = job.Status.ToString(), ["by"] = actor.Name }, ct);
                await transaction.CommitAsync(ct);
                return job;
            }
            catch (ConflictException e) when (e.Code == "stale-version" && attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
