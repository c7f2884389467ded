using System.Collections.Concurrent;
using System.Threading.Channels;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Infrastructure.Rosters.Import;

public sealed class ImportJobQueue : IImportJobQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>();

    public ChannelReader<Guid> Reader => _channel.Reader;

    public void Enqueue(Guid jobId) => _channel.Writer.TryWrite(jobId);
}

public sealed class ImportProgress : IImportProgress
{
    private readonly ConcurrentDictionary<Guid, (long, long?)> _jobs = new();

    public void Report(Guid jobId, long rowsDone, long? rowsTotal) => _jobs[jobId] = (rowsDone, rowsTotal);

    public (long RowsDone, long? RowsTotal)? Get(Guid jobId) => _jobs.TryGetValue(jobId, out var p) ? p : null;

    public void Forget(Guid jobId) => _jobs.TryRemove(jobId, out _);
}

/// <summary>
/// Runs queued imports one at a time, independent of the request that queued them. On start-up, jobs left
/// queued or running by a previous process are marked failed: their transaction never committed.
/// </summary>
public sealed partial class ImportJobWorker(
    ImportJobQueue queue, IServiceScopeFactory scopes, IImportProgress progress, TimeProvider clock, ILogger<ImportJobWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var jobId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunOneAsync(jobId, stoppingToken);
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

    private async Task RunOneAsync(Guid jobId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var job = await db.ImportJobs.FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null || job.Status != ImportJobStatus.Queued)
        {
            return;
        }

        // The job acts for its uploader: the rows it saves and their audit entries name them, not "system".
        scope.ServiceProvider.GetRequiredService<BackgroundActing>().User = await ImportUploader.ForAsync(db, job, ct);
        job.Start(clock.GetUtcNow().UtcDateTime, null);
        await db.SaveChangesAsync(ct);
        try
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<IRosterImporter>().RunAsync(job, ct);
            job.Finish(outcome, clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, jobId);
            job.Fail(Text.Of("导入失败，未写入任何数据", "The import failed; nothing was written."), clock.GetUtcNow().UtcDateTime);
        }
        finally
        {
            // The upload has served its purpose; the report (a separate file) stays for download.
            TryDelete(job.StoredPath);
        }

        db.ChangeTracker.Clear();
        db.ImportJobs.Update(job);
        await using (var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None))
        {
            await db.SaveChangesAsync(CancellationToken.None);
            // One entry sums the import up: bulk target loads bypass the change tracker, so this is their row-level record.
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordOperationAsync(
                "import.finish", nameof(ImportJob), job.Id.ToString(), job.FileName, Summary(job), CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }

        // Only now: until the final state is stored, a poll still reads the live progress.
        progress.Forget(jobId);
    }

    /// <summary>What the summary entry of an import records: the file (name, SHA-256, size), who, how, and the counts.</summary>
    internal static Dictionary<string, object?> Summary(ImportJob job) => new(StringComparer.Ordinal)
    {
        ["roster"] = job.Roster,
        ["mode"] = job.Mode,
        ["status"] = job.Status,
        ["fileName"] = job.FileName,
        ["fileSha256"] = job.FileSha256,
        ["fileBytes"] = job.FileBytes,
        ["encoding"] = job.Encoding,
        ["uploadedBy"] = job.CreatedBy,
        ["rows"] = job.RowsDone,
        ["inserted"] = job.Inserted,
        ["updated"] = job.Updated,
        ["unchanged"] = job.Unchanged,
        ["errors"] = job.ErrorCount,
        ["message"] = job.Message,
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A file that cannot be removed now is only disk space; the job's outcome does not depend on it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}

public sealed class ImportFileStore(string root) : IImportFileStore
{
    public string NewUploadPath(Guid jobId, string extension)
    {
        Directory.CreateDirectory(root);
        return Path.Combine(root, $"{jobId:N}{extension}");
    }

    public string ReportPath(ImportJob job) => job.StoredPath + ".report.csv";
}
