using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Domain.Rosters;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>
/// The import policy, one job at a time: open the upload (<see cref="IRosterRowReader"/>), validate every row with
/// the roster's rules, writing each refused cell to the report, then by the job's mode write nothing (dryRun), all
/// rows or none (apply), or the valid rows (applyValid); a file with an error is rejected whole otherwise. Targets
/// are bulk-loaded (<see cref="TargetImport"/>), officers and recusals go through the entities
/// (<see cref="OfficerImport"/>, <see cref="RecusalImport"/>, <see cref="InspectionHistoryImport"/>). Whatever happens, the upload is deleted and the
/// outcome stored with one audit entry summing it up.
/// </summary>
public sealed partial class RunImportHandler(
    IApplicationDbContext db, IImportFileStore files, IRosterRowReader reader, TargetImport targets, OfficerImport officers, RecusalImport recusals,
    InspectionHistoryImport history,
    IImportProgress progress, IAuditLog audit, ImportLimits limits, TimeProvider clock, ILogger<RunImportHandler> logger)
    : ICommandHandler<RunImportCommand>
{
    public async ValueTask<Unit> Handle(RunImportCommand command, CancellationToken cancellationToken)
    {
        var job = await db.ImportJobs.FirstOrDefaultAsync(j => j.Id == command.ImportJobId, cancellationToken);
        if (job is null || job.Status != ImportJobStatus.Queued)
        {
            return Unit.Value;
        }

        job.Start(clock.GetUtcNow().UtcDateTime, null);
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            await progress.EnterAsync(job.Id, ImportJobPhase.Reading, null, cancellationToken);
            var outcome = await RunAsync(job, cancellationToken);
            job.Finish(outcome, clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, job.Id);
            job.Fail(Text.Of("导入失败，未写入任何数据", "The import failed; nothing was written."), clock.GetUtcNow().UtcDateTime);
        }
        finally
        {
            // The upload has served its purpose; the report (a separate file) stays for download.
            files.DeleteUpload(job.StoredPath);
        }

        // A progress bar shows this phase, not 100 %, while the outcome and its audit entry are stored.
        await progress.EnterAsync(job.Id, ImportJobPhase.Auditing, null, CancellationToken.None);
        await StoreOutcomeAsync(job);
        // Only now: until the final state is stored, a poll still reads the live progress.
        progress.Forget(job.Id);
        return Unit.Value;
    }

    private Task<ImportOutcome> RunAsync(ImportJob job, CancellationToken cancellationToken)
    {
        if (reader.Open(job.StoredPath, job.Encoding) is not { } file)
        {
            using var report = new ImportReport(files.CreateReport(job), limits);
            report.Add(new RowError(1, "*", ImportText.Binary));
            return Task.FromResult(Rejection.Of(0, report, null, ImportText.Binary));
        }

        return job.Roster switch
        {
            ImportRoster.Targets => targets.RunAsync(job, file, cancellationToken),
            ImportRoster.Officers => officers.RunAsync(job, file, cancellationToken),
            ImportRoster.InspectionHistory => history.RunAsync(job, file, cancellationToken),
            _ => recusals.RunAsync(job, file, cancellationToken),
        };
    }

    /// <summary>The job's final state, with one entry summing the import up (bulk target loads bypass the change tracker, so this is their row-level record).</summary>
    private async Task StoreOutcomeAsync(ImportJob job)
    {
        db.ChangeTracker.Clear();
        db.ImportJobs.Update(job);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await db.SaveChangesAsync(CancellationToken.None);
        await audit.RecordOperationAsync("import.finish", nameof(ImportJob), job.Id.ToString(), job.FileName, Summary(job), CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <summary>What the summary entry of an import records: the file (name, SHA-256, size), who, how, and the counts.</summary>
    private static Dictionary<string, object?> Summary(ImportJob job) => new(StringComparer.Ordinal)
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
