using DoubleRandom.Application.Common.Acting;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// Plumbing only: takes queued jobs one at a time, independent of the request that queued them, and sends each as a
/// <see cref="RunImportCommand"/> in a scope of its own that acts for the job's uploader. The policy is the command's
/// handler. On start-up, jobs left queued or running by a previous process are marked failed: their transaction never
/// committed.
/// </summary>
public sealed partial class ImportJobWorker(ImportJobQueue queue, IServiceScopeFactory scopes, ILogger<ImportJobWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var jobId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                if (await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, stoppingToken) is not { } job)
                {
                    continue;
                }

                // The job acts for its uploader: the rows it saves and their audit entries name them, not "system".
                scope.ServiceProvider.GetRequiredService<BackgroundActing>().User = await ImportUploader.ForAsync(db, job, stoppingToken);
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunImportCommand(jobId), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A job whose state could not be stored must not stop every later import; a restart marks it failed.
                LogFailed(logger, ex, jobId);
            }
        }
    }

    public static async Task FailInterruptedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var stale = await db.ImportJobs.Where(j => j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running).ToListAsync(ct);
        foreach (var job in stale)
        {
            job.Fail(Text.Of("服务重启，导入未完成，未写入任何数据；请重新提交", "The service restarted before the import finished; nothing was written. Submit it again."),
                clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
