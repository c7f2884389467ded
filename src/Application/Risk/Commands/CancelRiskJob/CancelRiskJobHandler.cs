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
/// </summary>
public sealed class CancelRiskJobHandler(IApplicationDbContext db, RiskJobSignals signals, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CancelRiskJobCommand, RiskJobDto>
{
    public async ValueTask<RiskJobDto> Handle(CancelRiskJobCommand command, CancellationToken cancellationToken)
    {
        var job = await db.RiskJobs.FirstOrDefaultAsync(j => j.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(RecordNames.RiskJob, command.Id);
        Rule.Check(!job.IsFinished, RuleCodes.RiskJobFinished);
        job.RequestCancel(actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        signals.Cancel(job.Id);
        return await RiskJobDtos.OfAsync(db, job, cancellationToken);
    }
}
