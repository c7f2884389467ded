using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Risk;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Commands.StartScoring;

/// <summary>Refuses (writing nothing) without an active version (409 <c>risk-no-active-model</c>) or while a risk job is unfinished (409 <c>risk-job-running</c>); queues the scoring.</summary>
public sealed class StartScoringHandler(IApplicationDbContext db, RiskJobLauncher launcher, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<StartScoringCommand, RiskJobDto>
{
    public async ValueTask<RiskJobDto> Handle(StartScoringCommand command, CancellationToken cancellationToken)
    {
        await launcher.EnsureNoneUnfinishedAsync(cancellationToken);
        var active = await db.RiskModels.AsNoTracking().Where(m => m.IsActive).Select(m => new { m.Id, m.Version }).FirstOrDefaultAsync(cancellationToken);
        Rule.Check(active is not null, RuleCodes.RiskNoActiveModel);
        var job = RiskJob.QueueScoring(active!.Id, actor.Name, actor.UserId, clock.GetUtcNow().UtcDateTime);
        return await launcher.LaunchAsync(job, active.Version, cancellationToken);
    }
}
