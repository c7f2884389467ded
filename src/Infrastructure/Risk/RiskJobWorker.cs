using DoubleRandom.Application.Common.Acting;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Risk.Commands.RunRiskJob;
using DoubleRandom.Domain.Risk;
using DoubleRandom.Infrastructure.Persistence;
using DoubleRandom.Infrastructure.Rosters.Import;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Infrastructure.Risk;

/// <summary>
/// Plumbing only: takes queued risk jobs one at a time and sends each as a <see cref="RunRiskJobCommand"/> in a scope
/// of its own that acts for the job's requester. On start-up, jobs left queued or running by a previous process are
/// marked failed (<c>risk-job-interrupted</c>): a training saves its version with its success, and a scoring writes
/// nothing half-way, so such a job wrote nothing. (#19 moves this to leases, for several instances.)
/// </summary>
public sealed partial class RiskJobWorker(RiskJobQueue queue, IServiceScopeFactory scopes, ILogger<RiskJobWorker> logger) : BackgroundService
{
    public const string InterruptedCode = "risk-job-interrupted";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var jobId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                if (await db.RiskJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, stoppingToken) is not { } job)
                {
                    continue;
                }

                scope.ServiceProvider.GetRequiredService<BackgroundActing>().User = await ImportUploader.ForUserAsync(db, job.RequestedBy, stoppingToken);
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunRiskJobCommand(jobId), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A job whose state could not be stored must not stop every later one; a restart marks it failed.
                LogFailed(logger, ex, jobId);
            }
        }
    }

    public static async Task FailInterruptedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var stale = await db.RiskJobs.Where(j => j.Status == RiskJobStatus.Queued || j.Status == RiskJobStatus.Running).ToListAsync(ct);
        foreach (var job in stale)
        {
            job.Fail(InterruptedCode, Text.Of("服务重启，作业未完成，未写入任何结果；请重新提交", "The service restarted before the job finished; nothing was written. Start it again."),
                clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Risk job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
