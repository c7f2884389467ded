using DoubleRandom.Application.Common.Telemetry;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>
/// The target roster's policy: validates every row of the file (each bad cell goes to the report, a code twice is a
/// duplicate) while streaming the valid rows into <see cref="ITargetStaging"/>; then merges them in the staging's
/// transaction, which commits only in apply mode with no bad row, or in applyValid mode with one valid row at least.
/// Memory stays bounded: one row at a time plus a compact set of the codes seen. The hot path (row → parser →
/// staging) allocates nothing per row beyond the row itself.
/// </summary>
public sealed partial class TargetImport(
    IApplicationDbContext db, IReferenceData reference, ITargetStaging staging, IImportProgress progress, IImportFileStore files, TimeProvider clock,
    ImportLimits limits, ILogger<TargetImport> logger)
{
    private const int ProgressEvery = 10_000;

    public async Task<ImportOutcome> RunAsync(ImportJob job, RosterFile file, CancellationToken ct)
    {
        var departments = (await db.Departments.AsNoTracking().Where(d => d.RetiredAtUtc == null).Select(d => d.Code).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var encodingName = file.EncodingName;
        await using var _ = staging;
        using var phases = UseCasePhases.Start("import.targets");
        await staging.BeginAsync(new StagingPlan(job, file.EstimatedDataRows, job.Mode != ImportMode.DryRun, clock.GetUtcNow().UtcDateTime, job.CreatedBy), ct);

        using var report = new ImportReport(files.CreateReport(job), limits);
        var read = file.Progress;
        var seen = new CodeSet();
        var errors = new List<RowError>();
        TargetRowParser? parser = null;
        ColumnMap? columns = null;
        long row = 0, dataRows = 0;
        try
        {
            foreach (var cells in file.Rows)
            {
                row++;
                if (parser is null)
                {
                    var map = ColumnMap.Build(RosterColumns.Targets, cells);
                    if (Rejection.Header(map, report, encodingName) is { } refused)
                    {
                        return refused;
                    }

                    parser = new TargetRowParser(map, reference, departments, clock.Today());
                    columns = map;
                    await progress.EnterAsync(job.Id, ImportJobPhase.Validating, null, ct);
                    continue;
                }

                if (RosterFile.IsBlank(cells))
                {
                    continue;
                }

                dataRows++;
                errors.Clear();
                var parsed = columns!.AddNulErrors(cells, row, errors) ? null : parser.Parse(cells, row, errors);
                if (parsed is not null && seen.AddOrGetFirst(parsed.Code, row) is { } first)
                {
                    errors.Add(new RowError(row, "code", ImportText.DuplicateCode(first)));
                    parsed = null;
                }

                foreach (var error in errors)
                {
                    report.Add(error);
                }

                if (errors.Count > 0 && job.Mode != ImportMode.ApplyValid)
                {
                    // The file will be rejected: roll back now (a first load's lock on targets with it) and only validate the rest.
                    await staging.AbandonAsync();
                }

                if (parsed is not null && (report.Count == 0 || job.Mode == ImportMode.ApplyValid))
                {
                    await staging.WriteAsync(parsed, ct);
                }

                if (dataRows % ProgressEvery == 0)
                {
                    await progress.ReportRowsAsync(job.Id, dataRows, read.EstimateRows(dataRows), ct);
                }
            }
        }
        catch (RosterFileException ex)
        {
            return Rejection.Unreadable(ex, dataRows, report, encodingName);
        }

        if (dataRows == 0)
        {
            return Rejection.NoRows(row, report, encodingName);
        }

        if (report.Count > 0 && (job.Mode != ImportMode.ApplyValid || report.ErrorRows >= dataRows))
        {
            return Rejection.Of(dataRows, report, encodingName);
        }

        var staged = phases.Mark("validate and copy");
        var valid = dataRows - report.ErrorRows;
        await progress.ReportRowsAsync(job.Id, dataRows, dataRows, ct);
        await progress.EnterAsync(job.Id, ImportJobPhase.Writing, valid, ct);
        var (inserted, updated) = await staging.MergeAsync(ct);
        await progress.AdvanceAsync(job.Id, valid, valid, ct);
        if (job.Mode != ImportMode.DryRun)
        {
            await progress.EnterAsync(job.Id, ImportJobPhase.Indexing, null, ct);
            await staging.IndexAsync(ct);
        }

        var merged = phases.Mark("merge and index");
        if (job.Mode != ImportMode.DryRun)
        {
            await staging.CommitAsync(ct);
        }

        var committed = phases.Mark("commit and analyse");
        LogPhases(logger, job.Id, dataRows, staging.LoadKind, staging.IndexesRebuilt,
            staged.TotalSeconds, merged.TotalSeconds, committed.TotalSeconds);

        return new ImportOutcome(ImportJobStatus.Succeeded, dataRows, inserted, updated, valid - inserted - updated, report.Count, encodingName, null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {JobId}: {Rows} rows validated and copied ({Load}, {Rebuilt} indexes rebuilt) in {Staged:0.0} s, merged and indexed in {Merged:0.0} s, committed and analysed in {Committed:0.0} s")]
    private static partial void LogPhases(ILogger logger, Guid jobId, long rows, string load, int rebuilt, double staged, double merged, double committed);
}
