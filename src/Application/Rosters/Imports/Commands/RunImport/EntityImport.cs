using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>
/// The imports that go through EF Core entities (officers, recusals: thousands to a hundred thousand rows). Every row
/// is validated first, a chunk at a time (so a chunk's lookups are one query), each bad cell to the report; then the
/// valid rows are applied in one transaction — all or nothing — a batch of entities per SaveChanges with the change
/// tracker emptied between batches. Memory holds the valid rows and one batch of entities (with its audit entries),
/// never every entity of the file at once. Saving through EF audits every row as the API's changes are audited.
/// </summary>
public abstract class EntityImport<TRow>(IApplicationDbContext db, IImportProgress progress, IImportFileStore files, ImportLimits limits)
{
    /// <summary>Rows validated per lookup, and entities per SaveChanges.</summary>
    public const int BatchSize = 1_000;

    protected IApplicationDbContext Db => db;

    private protected abstract RosterColumn[] Columns { get; }

    /// <summary>The rows to apply, in file order, once the file is validated.</summary>
    private protected abstract IReadOnlyList<TRow> Valid { get; }

    /// <summary>Lookups needed before the first row.</summary>
    protected virtual Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Validates a chunk of data rows: the valid ones join <see cref="Valid"/>, each row's errors go to the report together, in row order.</summary>
    private protected abstract Task ValidateAsync(ColumnMap map, IReadOnlyList<(long Line, string[] Cells)> chunk, ImportReport report, CancellationToken ct);

    /// <summary>Adds and changes the entities of one batch (the caller saves them); returns how many were inserted and updated.</summary>
    private protected abstract Task<(long Inserted, long Updated)> ApplyAsync(IReadOnlyList<TRow> batch, ImportJob job, CancellationToken ct);

    public async Task<ImportOutcome> RunAsync(ImportJob job, RosterFile file, CancellationToken ct)
    {
        await PrepareAsync(ct);
        var encodingName = file.EncodingName;
        using var report = new ImportReport(files.CreateReport(job), limits);
        var read = file.Progress;
        var chunk = new List<(long, string[])>(BatchSize);
        var nul = new List<RowError>();
        ColumnMap? map = null;
        long line = 0, dataRows = 0;
        try
        {
            foreach (var cells in file.Rows)
            {
                line++;
                if (map is null)
                {
                    map = ColumnMap.Build(Columns, cells);
                    if (Rejection.Header(map, report, encodingName) is { } refused)
                    {
                        return refused;
                    }

                    await progress.EnterAsync(job.Id, ImportJobPhase.Validating, null, ct);
                    continue;
                }

                if (RosterFile.IsBlank(cells))
                {
                    continue;
                }

                dataRows++;
                if (map.AddNulErrors(cells, line, nul))
                {
                    // Reported in row order: the rows before it are validated first.
                    if (chunk.Count > 0)
                    {
                        await ValidateAsync(map, chunk, report, ct);
                        chunk.Clear();
                    }

                    nul.ForEach(report.Add);
                    nul.Clear();
                    continue;
                }

                chunk.Add((line, cells));
                if (chunk.Count == BatchSize)
                {
                    await ValidateAsync(map, chunk, report, ct);
                    chunk.Clear();
                    await progress.ReportRowsAsync(job.Id, dataRows, read.EstimateRows(dataRows), ct);
                }
            }

            if (chunk.Count > 0)
            {
                await ValidateAsync(map!, chunk, report, ct);
            }
        }
        catch (RosterFileException ex)
        {
            return Rejection.Unreadable(ex, dataRows, report, encodingName);
        }

        if (dataRows == 0)
        {
            return Rejection.NoRows(line, report, encodingName);
        }

        if (report.Count > 0 && (job.Mode != ImportMode.ApplyValid || Valid.Count == 0))
        {
            return Rejection.Of(dataRows, report, encodingName);
        }

        await progress.ReportRowsAsync(job.Id, dataRows, dataRows, ct);
        var (inserted, updated) = await ApplyAllAsync(job, ct);
        return new ImportOutcome(ImportJobStatus.Succeeded, dataRows, inserted, updated, Valid.Count - inserted - updated, report.Count, encodingName, null);
    }

    private async Task<(long Inserted, long Updated)> ApplyAllAsync(ImportJob job, CancellationToken ct)
    {
        long inserted = 0, updated = 0;
        await progress.EnterAsync(job.Id, ImportJobPhase.Writing, Valid.Count, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        for (var start = 0; start < Valid.Count; start += BatchSize)
        {
            var batch = Valid.Skip(start).Take(BatchSize).ToList();
            var (i, u) = await ApplyAsync(batch, job, ct);
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }

            (inserted, updated) = (inserted + i, updated + u);
            await progress.AdvanceAsync(job.Id, start + batch.Count, Valid.Count, ct);
        }

        if (job.Mode != ImportMode.DryRun)
        {
            // The database keeps these tables' indexes row by row; what is left to do is the commit.
            await progress.EnterAsync(job.Id, ImportJobPhase.Indexing, null, ct);
            await transaction.CommitAsync(ct);
        }
        else
        {
            await transaction.RollbackAsync(ct);
        }

        return (inserted, updated);
    }
}
