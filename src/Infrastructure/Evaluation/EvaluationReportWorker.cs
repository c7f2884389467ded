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
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RequesterScope.DrainAsync(
            queue.Reader,
            scopes,
            async (db, jobId, ct) => await db.EvaluationReportJobs.AsNoTracking().Where(j => j.Id == jobId).Select(j => j.RequestedBy).FirstOrDefaultAsync(ct),
            jobId => new RunEvaluationReportCommand(jobId),
            (ex, jobId) => LogFailed(logger, ex, jobId),
            stoppingToken);

    public static async Task FailInterruptedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        await EvaluationReportInterruption.EndAsync(db, null, clock.GetUtcNow().UtcDateTime, ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Evaluation report job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
