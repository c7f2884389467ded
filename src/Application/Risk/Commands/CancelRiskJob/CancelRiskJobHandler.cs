using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Commands.CancelRiskJob;

/// <summary>
/// 404 for an unknown job, 409 <c>risk-job-finished</c> for a finished one; otherwise records the request (audited: who,
/// when) and signals the job when it runs in this process (another instance sees the row at its next progress store).
/// A job whose process is gone (stale heartbeat) is ended at once (<c>risk-job-interrupted</c>). The status is the
/// row's concurrency token: when the worker starts or finishes the job meanwhile, the job is read again and the
/// request recorded on what it is now.
/// </summary>
public sealed class CancelRiskJobHandler(
    IApplicationDbContext db, RiskJobSignals signals, RiskJobLauncher launcher, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CancelRiskJobCommand, RiskJobDto>
{
    private const int Attempts = 3;

    public async ValueTask<RiskJobDto> Handle(CancelRiskJobCommand command, CancellationToken cancellationToken)
    {
        var ended = await launcher.EndStaleAsync(cancellationToken);
        var job = await CancelAsync(command.Id, ended.Contains(command.Id), cancellationToken);
        signals.Cancel(job.Id);
        return await RiskJobDtos.OfAsync(db, job, cancellationToken);
    }

    /// <param name="endedNow">The job was just ended as interrupted (its process was gone): answered as it is now.</param>
    private async Task<Domain.Risk.RiskJob> CancelAsync(Guid id, bool endedNow, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var job = await db.RiskJobs.FirstOrDefaultAsync(j => j.Id == id, ct) ?? throw new NotFoundException(RecordNames.RiskJob, id);
            if (endedNow)
            {
                return job;
            }

            Rule.Check(!job.IsFinished, RuleCodes.RiskJobFinished);
            job.RequestCancel(actor.Name, clock.GetUtcNow().UtcDateTime);
            try
            {
                await db.SaveChangesAsync(ct);
                return job;
            }
            catch (ConflictException e) when (e.Code == "stale-version" && attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
