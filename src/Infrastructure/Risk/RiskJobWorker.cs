using DoubleRandom.Application.Risk.Jobs;
using DoubleRandom.Application.Risk.Commands.RunRiskJob;
using DoubleRandom.Domain.Common;
using DoubleRandom.Infrastructure.Persistence;
using DoubleRandom.Infrastructure.Rosters.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Infrastructure.Risk;

/// <summary>
/// Plumbing only: takes queued risk jobs one at a time and sends each as a <see cref="RunRiskJobCommand"/> in a scope
/// of its own that acts for the job's requester. On start-up, jobs left queued or running by a previous process are
/// ended (<see cref="RiskJobInterruption"/>): failed <c>risk-job-interrupted</c> — a training saves its version with its
/// success, so it wrote nothing — or succeeded, for a scoring whose re-score was committed. (#19 moves this to leases,
/// for several instances.)
/// </summary>
public sealed partial class RiskJobWorker(RiskJobQueue queue, IServiceScopeFactory scopes, ILogger<RiskJobWorker> logger) : BackgroundService
{
    public static readonly string InterruptedCode = RuleCodes.RiskJobInterrupted.Code;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RequesterScope.DrainAsync(
            queue.Reader,
            scopes,
            async (db, jobId, ct) => await db.RiskJobs.AsNoTracking().Where(j => j.Id == jobId).Select(j => j.RequestedBy).FirstOrDefaultAsync(ct),
            jobId => new RunRiskJobCommand(jobId),
            (ex, jobId) => LogFailed(logger, ex, jobId),
            stoppingToken);

    public static async Task FailInterruptedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        await RiskJobInterruption.EndAsync(db, null, clock.GetUtcNow().UtcDateTime, ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Risk job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
