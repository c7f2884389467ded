using DoubleRandom.Application.Evaluation.Commands.RunEvaluationReport;
using DoubleRandom.Application.Evaluation.Jobs;
using DoubleRandom.Infrastructure.Persistence;
using DoubleRandom.Infrastructure.Rosters.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Infrastructure.Evaluation;

/// <summary>
/// Plumbing only: takes queued report generations one at a time and sends each as a <see cref="RunEvaluationReportCommand"/>
/// in a scope of its own that acts for the job's requester. On start-up, generations left queued or running by a
/// previous process are failed <c>evaluation-report-interrupted</c> (<see cref="EvaluationReportInterruption"/>).
/// </summary>
public sealed partial class EvaluationReportWorker(EvaluationReportQueue queue, IServiceScopeFactory scopes, ILogger<EvaluationReportWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var jobId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RequesterScope.SendAsync(
                    scopes,
                    async (db, ct) => await db.EvaluationReportJobs.AsNoTracking().Where(j => j.Id == jobId).Select(j => j.RequestedBy).FirstOrDefaultAsync(ct),
                    new RunEvaluationReportCommand(jobId),
                    stoppingToken);
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
        ArgumentNullException.ThrowIfNull(clock);
        await EvaluationReportInterruption.EndAsync(db, null, clock.GetUtcNow().UtcDateTime, ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Evaluation report job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
