using System.Globalization;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using Microsoft.Data.Sqlite;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>SQLite: the same staging and merge, with a prepared insert per row instead of COPY.</summary>
internal sealed class SqliteTargetStaging(string connectionString) : ITargetStaging
{
    private SqliteConnection? _connection;
    private SqliteTransaction? _transaction;
    private SqliteCommand? _insert;
    private StagingPlan _plan = null!;

    public string LoadKind => "staged";

    public int IndexesRebuilt => 0;

    public async Task BeginAsync(StagingPlan plan, CancellationToken ct)
    {
        _plan = plan;
        _connection = new SqliteConnection(connectionString);
        await _connection.OpenAsync(ct);
        _transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
        await using (var create = _connection.CreateCommand())
        {
            create.Transaction = _transaction;
            // Pooled connections keep temporary tables; start from a fresh one.
            create.CommandText = """
                DROP TABLE IF EXISTS temp.target_import;
                CREATE TEMP TABLE target_import (
                    id TEXT, code TEXT, kind TEXT, name TEXT, legal_representative TEXT, address TEXT, region_code TEXT,
                    industry_section TEXT, industry_division TEXT, department_codes TEXT, registration_date TEXT,
                    registered_capital TEXT, status TEXT, risk_tier TEXT, credit_class TEXT, tags TEXT, weight INTEGER)
                """;
            await create.ExecuteNonQueryAsync(ct);
        }

        _insert = _connection.CreateCommand();
        _insert.Transaction = _transaction;
        _insert.CommandText = $"INSERT INTO target_import VALUES ({string.Join(", ", TargetStagingSql.Columns.Select(c => "@" + c))})";
        foreach (var column in TargetStagingSql.Columns)
        {
            _insert.Parameters.Add(new SqliteParameter("@" + column, null));
        }

        _insert.Prepare();
    }

    public async ValueTask WriteAsync(TargetRow r, CancellationToken ct)
    {
        var p = _insert!.Parameters;
        // Stored as EF Core stores them on SQLite: GUIDs upper-case text, dates yyyy-MM-dd, decimals as text.
        p[0].Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
        p[1].Value = r.Code;
        p[2].Value = r.Kind.ToString();
        p[3].Value = r.Name;
        p[4].Value = (object?)r.LegalRepresentative ?? DBNull.Value;
        p[5].Value = (object?)r.Address ?? DBNull.Value;
        p[6].Value = r.RegionCode;
        p[7].Value = (object?)r.IndustrySection ?? DBNull.Value;
        p[8].Value = (object?)r.IndustryDivision ?? DBNull.Value;
        p[9].Value = r.DepartmentCodes;
        p[10].Value = r.RegistrationDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
        p[11].Value = r.RegisteredCapital is { } c ? c.ToString("0.0###########################", CultureInfo.InvariantCulture) : DBNull.Value;
        p[12].Value = r.Status.ToString();
        p[13].Value = (object?)r.RiskTier?.ToString() ?? DBNull.Value;
        p[14].Value = (object?)r.CreditClass?.ToString() ?? DBNull.Value;
        p[15].Value = r.Tags;
        p[16].Value = (object?)r.Weight ?? DBNull.Value;
        await _insert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>SQLite keeps its indexes through the load: nothing to build.</summary>
    public Task IndexAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task<(long Inserted, long Updated)> MergeAsync(CancellationToken ct)
    {
        await using var count = _connection!.CreateCommand();
        count.Transaction = _transaction;
        count.CommandText = TargetStagingSql.SqliteCountNew;
        var inserted = (long)(await count.ExecuteScalarAsync(ct))!;

        await using var merge = _connection.CreateCommand();
        merge.Transaction = _transaction;
        merge.CommandText = TargetStagingSql.SqliteMerge;
        merge.Parameters.AddWithValue("@now", _plan.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        merge.Parameters.AddWithValue("@actor", _plan.Actor);
        var changed = await merge.ExecuteNonQueryAsync(ct);
        return (inserted, changed - inserted);
    }

    public Task CommitAsync(CancellationToken ct) => _transaction!.CommitAsync(ct);

    public ValueTask AbandonAsync() => DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_insert is not null)
        {
            await _insert.DisposeAsync();
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        (_insert, _transaction, _connection) = (null, null, null);
    }
}
