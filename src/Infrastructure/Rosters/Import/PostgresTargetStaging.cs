using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Domain.Auditing;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// PostgreSQL, two ways, both in one transaction, so an import is applied whole or not at all:
/// <list type="bullet">
/// <item><b>Staged</b> (the general case): rows stream through binary COPY into a temporary table, then an UPDATE of
/// the changed rows and an INSERT of the new ones merge them.</item>
/// <item><b>Direct</b> (a first load: a large CSV into a roster holding under a tenth as many rows, not a dry run):
/// the table is locked, its indexes (the unique code index and the primary key too) are dropped and its few codes read; rows
/// with new codes stream by binary COPY straight into <c>targets</c> while the file is parsed, rows with existing codes
/// are spilled to a file and merged as above; then the indexes are built once. The insert's work overlaps with
/// parsing instead of following it, and no index is maintained row by row. The file's codes are unique (checked
/// while parsing) and none of them is in the table, and the ids come from one increasing sequence, so rebuilding
/// the unique index and the key cannot fail.</item>
/// </list>
/// </summary>
internal sealed class PostgresTargetStaging(string connectionString, long bulkLoadMinimumRows, IModel model, ICurrentActor actor) : ITargetStaging
{
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private StagingPlan _plan = null!;
    private TargetImportAudit _audit = null!;

    /// <summary>Staged rows: the COPY into the temporary table, or in the direct load the spill file.</summary>
    private Stream? _stagingStream;
    private PgBinaryCopyWriter? _staging;

    /// <summary>The direct load only: the COPY into <c>targets</c> and the codes already there.</summary>
    private NpgsqlRawCopyStream? _directStream;
    private PgBinaryCopyWriter? _direct;
    private CodeSet? _existing;
    private List<string> _dropped = [];
    private UuidSequence _ids = null!;

    /// <summary>Whether this import loads directly.</summary>
    private bool _directLoad;

    public string LoadKind => _directLoad ? "direct" : "staged";

    public int IndexesRebuilt { get; private set; }

    public async Task BeginAsync(StagingPlan plan, CancellationToken ct)
    {
        _plan = plan;
        // The audit entries name the uploader: the job acts for them (ImportJobWorker, BackgroundActing).
        _audit = new TargetImportAudit(model, new AuditActor(actor.Name, actor.UserId, actor.Roles, actor.UnitId, null, null), plan.Job);
        _ids = new UuidSequence(plan.UtcNow);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { WriteBufferSize = 1 << 16 };
        _connection = new NpgsqlConnection(builder.ConnectionString);
        await _connection.OpenAsync(ct);
        _transaction = await _connection.BeginTransactionAsync(ct);
        await ExecuteAsync("""
            CREATE TEMP TABLE target_import (
                id uuid, code text, kind text, name text, legal_representative text, address text, region_code text,
                industry_section text, industry_division text, department_codes text, registration_date date,
                registered_capital numeric(18,4), status text, risk_tier text, credit_class text, tags text, weight integer
            ) ON COMMIT DROP
            """, ct);

        if (plan is { Commit: true, EstimatedRows: { } estimate } && estimate >= bulkLoadMinimumRows
            && BulkLoadIndexes.IsFirstLoad(estimate, await BulkLoadIndexes.CountTargetsAsync(_connection, _transaction, estimate, ct), bulkLoadMinimumRows))
        {
            await BeginDirectAsync(ct);
            return;
        }

        var copy = await _connection.BeginRawBinaryCopyAsync($"COPY target_import ({string.Join(", ", TargetStagingSql.Columns)}) FROM STDIN (FORMAT BINARY)", ct);
        (_stagingStream, _staging) = (copy, new PgBinaryCopyWriter(copy));
        _staging.WriteHeader();
    }

    private async Task BeginDirectAsync(CancellationToken ct)
    {
        _directLoad = true;
        await ExecuteAsync("LOCK TABLE targets IN ACCESS EXCLUSIVE MODE", ct);
        _dropped = await BulkLoadIndexes.DropAsync(_connection!, _transaction!, keys: true, ct);
        _existing = new CodeSet();
        await using (var codes = new NpgsqlCommand("SELECT code FROM targets", _connection, _transaction))
        await using (var reader = await codes.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                _existing.AddOrGetFirst(reader.GetString(0), 0);
            }
        }

        var spill = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        (_stagingStream, _staging) = (spill, new PgBinaryCopyWriter(spill));
        _staging.WriteHeader();
        _directStream = await _connection!.BeginRawBinaryCopyAsync(
            $"COPY targets ({TargetStagingSql.InsertColumns}) FROM STDIN (FORMAT BINARY)", ct);
        _direct = new PgBinaryCopyWriter(_directStream);
        _direct.WriteHeader();
    }

    public ValueTask WriteAsync(TargetRow r, CancellationToken ct)
    {
        if (_direct is { } direct && !_existing!.Contains(r.Code))
        {
            direct.StartRow((short)(TargetStagingSql.Columns.Length + 6));
            WriteColumns(direct, r);
            direct.Int32(0);
            direct.Int32(1);
            direct.Timestamp(_plan.UtcNow);
            direct.Text(_plan.Actor);
            direct.Timestamp(_plan.UtcNow);
            direct.Text(_plan.Actor);
            return direct.FlushIfFullAsync(ct);
        }

        var staging = _staging!;
        staging.StartRow((short)TargetStagingSql.Columns.Length);
        WriteColumns(staging, r);
        return staging.FlushIfFullAsync(ct);
    }

    /// <summary>The columns of <see cref="TargetStagingSql.Columns"/>, in order.</summary>
    private void WriteColumns(PgBinaryCopyWriter w, TargetRow r)
    {
        w.Uuid(_ids);
        w.Text(r.Code);
        w.Text(r.Kind.ToString());
        w.Text(r.Name);
        w.Text(r.LegalRepresentative);
        w.Text(r.Address);
        w.Text(r.RegionCode);
        w.Text(r.IndustrySection);
        w.Text(r.IndustryDivision);
        w.Text(r.DepartmentCodes);
        w.Date(r.RegistrationDate);
        w.Numeric(r.RegisteredCapital);
        w.Text(r.Status.ToString());
        w.Text(r.RiskTier?.ToString());
        w.Text(r.CreditClass?.ToString());
        w.Text(r.Tags);
        w.Int32(r.Weight);
    }

    public async Task<(long Inserted, long Updated)> MergeAsync(CancellationToken ct)
    {
        long direct = 0;
        if (_direct is not null)
        {
            await _direct.CompleteAsync(ct);
            await _directStream!.DisposeAsync();
            (direct, _direct, _directStream) = (_direct.Rows, null, null);
            await CopySpillAsync(ct);
            // The code index first: the merge below finds codes through it.
            if (_dropped.Count > 0)
            {
                IndexesRebuilt += await BulkLoadIndexes.RebuildAsync(_connection!, _transaction!, _dropped[0], ct);
                _dropped.RemoveAt(0);
            }
        }
        else
        {
            await _staging!.CompleteAsync(ct);
            await _stagingStream!.DisposeAsync();
            (_staging, _stagingStream) = (null, null);
            await ExecuteAsync("ANALYZE target_import", ct);
            var staged = await ScalarAsync("SELECT count(*) FROM target_import", ct);
            if (staged >= bulkLoadMinimumRows
                && BulkLoadIndexes.IsFirstLoad(staged, await BulkLoadIndexes.CountTargetsAsync(_connection!, _transaction!, staged, ct), bulkLoadMinimumRows))
            {
                _dropped = await BulkLoadIndexes.DropAsync(_connection!, _transaction!, keys: false, ct);
            }
        }

        if (_plan.Commit)
        {
            await _audit.CaptureChangesAsync(_connection!, _transaction!, _plan.UtcNow, _plan.Actor, ct);
        }

        var updated = await ExecuteAsync(TargetStagingSql.PostgresUpdate, merge: true, ct);
        var inserted = await ExecuteAsync(TargetStagingSql.PostgresInsert, merge: true, ct);
        if (_plan.Commit)
        {
            // The rows' audit entries commit with them (TargetImportAudit).
            await _audit.AppendSummaryAsync(_connection!, _transaction!, direct + inserted, updated, _plan.UtcNow, ct);
        }
        return (direct + inserted, updated);
    }

    public async Task IndexAsync(CancellationToken ct)
    {
        // A dry run rolls back, which restores the dropped indexes without building them.
        if (_dropped.Count > 0 && _plan.Commit)
        {
            IndexesRebuilt += await BulkLoadIndexes.RebuildAsync(_connection!, _transaction!, name: null, ct);
        }
    }

    /// <summary>The direct load's rows with existing codes, from the spill file into the staging table.</summary>
    private async Task CopySpillAsync(CancellationToken ct)
    {
        var spill = _staging!;
        await spill.CompleteAsync(ct);
        var rows = spill.Rows;
        _stagingStream!.Position = 0;
        if (rows > 0)
        {
            await using var copy = await _connection!.BeginRawBinaryCopyAsync(
                $"COPY target_import ({string.Join(", ", TargetStagingSql.Columns)}) FROM STDIN (FORMAT BINARY)", ct);
            await _stagingStream.CopyToAsync(copy, ct);
        }

        await _stagingStream.DisposeAsync();
        (_staging, _stagingStream) = (null, null);
        await ExecuteAsync("ANALYZE target_import", ct);
    }

    private async Task<long> ExecuteAsync(string sql, CancellationToken ct) => await ExecuteAsync(sql, merge: false, ct);

    private async Task<long> ExecuteAsync(string sql, bool merge, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, _connection, _transaction) { CommandTimeout = 0 };
        if (merge)
        {
            command.Parameters.AddWithValue("now", _plan.UtcNow);
            command.Parameters.AddWithValue("actor", _plan.Actor);
        }

        return await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, _connection, _transaction) { CommandTimeout = 0 };
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        await _transaction!.CommitAsync(ct);
        // Fresh statistics keep the planner on the indexes after a large load. ANALYZE needs the table's owner: the
        // owner's function does it for the application role (the Initial migration's RosterSql).
        await using var analyze = new NpgsqlCommand("SELECT roster_targets_analyze()", _connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync(ct);
    }

    public ValueTask AbandonAsync() => DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        // An unfinished COPY (a rejected file, a fault) is cancelled; the transaction then rolls back.
        foreach (var copy in new[] { _directStream, _stagingStream as NpgsqlRawCopyStream })
        {
            if (copy is null)
            {
                continue;
            }

            try
            {
                await copy.CancelAsync();
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException)
            {
                // Cancelling can fail on a broken connection; the transaction is rolled back anyway.
            }
        }

        if (_stagingStream is FileStream spill)
        {
            await spill.DisposeAsync();
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        (_directStream, _direct, _stagingStream, _staging, _transaction, _connection) = (null, null, null, null, null, null);
    }
}
