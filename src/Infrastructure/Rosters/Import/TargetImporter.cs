using System.Text;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// Validates every row of a target file (each bad cell goes to the report) while streaming the valid rows
/// into a staging table; then merges them in the same transaction, which commits only in apply mode with
/// no bad row. Memory stays bounded: one row at a time plus a compact set of the codes seen.
/// </summary>
internal sealed partial class TargetImporter(
    AppDbContext db, DatabaseOptions options, IReferenceData reference, IImportProgress progress, IImportFileStore files, TimeProvider clock,
    IConfiguration configuration, ICurrentActor actor, ImportLimits limits, ILogger<TargetImporter> logger)
{
    private const int ProgressEvery = 10_000;

    public async Task<ImportOutcome> RunAsync(ImportJob job, Encoding encoding, string encodingName, CancellationToken ct)
    {
        var departments = (await db.Departments.AsNoTracking().Where(d => d.RetiredAtUtc == null).Select(d => d.Code).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var connectionString = db.Database.GetConnectionString()!;
        await using ITargetStaging staging = options.IsPostgres
            ? new PostgresTargetStaging(
                connectionString, configuration.GetValue("Imports:BulkLoadMinimumRows", BulkLoadIndexes.DefaultMinimumRows),
                new TargetImportAudit(db.Model, new AuditActor(actor.Name, actor.UserId, actor.Roles, actor.UnitId, null, null), job))
            : new SqliteTargetStaging(connectionString);
        var watch = Stopwatch.StartNew();
        await staging.BeginAsync(new StagingPlan(RowEstimate.DataRows(job.StoredPath), job.Mode != ImportMode.DryRun, clock.GetUtcNow().UtcDateTime, job.CreatedBy), ct);

        using var report = new ImportReport(files.ReportPath(job), limits);
        var read = new ReadProgress();
        var seen = new CodeSet();
        var errors = new List<RowError>();
        TargetRowParser? parser = null;
        ColumnMap? columns = null;
        long row = 0, dataRows = 0;
        try
        {
            foreach (var cells in RosterFileReader.ReadRows(job.StoredPath, encoding, limits, read))
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
                    continue;
                }

                if (RosterFileReader.IsBlank(cells))
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
                    progress.Report(job.Id, dataRows, read.EstimateRows(dataRows));
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

        var staged = watch.Elapsed;
        var (inserted, updated) = await staging.MergeAsync(ct);
        var merged = watch.Elapsed;
        if (job.Mode != ImportMode.DryRun)
        {
            await staging.CommitAsync(ct);
        }

        var postgres = staging as PostgresTargetStaging;
        LogPhases(logger, job.Id, dataRows, postgres is { Direct: true } ? "direct" : "staged", postgres?.IndexesRebuilt ?? 0,
            staged.TotalSeconds, (merged - staged).TotalSeconds, (watch.Elapsed - merged).TotalSeconds);

        var valid = dataRows - report.ErrorRows;
        return new ImportOutcome(ImportJobStatus.Succeeded, dataRows, inserted, updated, valid - inserted - updated, report.Count, encodingName, null);
    }


    [LoggerMessage(Level = LogLevel.Information, Message = "Import {JobId}: {Rows} rows validated and copied ({Load}, {Rebuilt} indexes rebuilt) in {Staged:0.0} s, merged and indexed in {Merged:0.0} s, committed and analysed in {Committed:0.0} s")]
    private static partial void LogPhases(ILogger logger, Guid jobId, long rows, string load, int rebuilt, double staged, double merged, double committed);
}
