using Npgsql;
using NpgsqlTypes;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// PostgreSQL: rows stream through binary COPY into a temporary table, then an UPDATE of the changed rows and
/// an INSERT of the new ones merge them, all in one transaction, so an import is applied whole or not at all.
/// </summary>
internal sealed class PostgresTargetStaging(string connectionString, long bulkLoadMinimumRows) : ITargetStaging
{
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private NpgsqlBinaryImporter? _copy;

    public async Task BeginAsync(CancellationToken ct)
    {
        _connection = new NpgsqlConnection(connectionString);
        await _connection.OpenAsync(ct);
        _transaction = await _connection.BeginTransactionAsync(ct);
        await using (var create = new NpgsqlCommand("""
            CREATE TEMP TABLE target_import (
                id uuid, code text, kind text, name text, legal_representative text, address text, region_code text,
                industry_section text, industry_division text, department_codes text, registration_date date,
                registered_capital numeric(18,4), status text, risk_tier text, credit_class text, tags text, weight integer
            ) ON COMMIT DROP
            """, _connection, _transaction))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        _copy = await _connection.BeginBinaryImportAsync(
            $"COPY target_import ({string.Join(", ", TargetStagingSql.Columns)}) FROM STDIN (FORMAT BINARY)", ct);
    }

    public async Task WriteAsync(TargetRow r, CancellationToken ct)
    {
        var copy = _copy!;
        await copy.StartRowAsync(ct);
        await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, ct);
        await copy.WriteAsync(r.Code, NpgsqlDbType.Text, ct);
        await copy.WriteAsync(r.Kind.ToString(), NpgsqlDbType.Text, ct);
        await copy.WriteAsync(r.Name, NpgsqlDbType.Text, ct);
        await WriteNullableAsync(copy, r.LegalRepresentative, NpgsqlDbType.Text, ct);
        await WriteNullableAsync(copy, r.Address, NpgsqlDbType.Text, ct);
        await copy.WriteAsync(r.RegionCode, NpgsqlDbType.Text, ct);
        await WriteNullableAsync(copy, r.IndustrySection, NpgsqlDbType.Text, ct);
        await WriteNullableAsync(copy, r.IndustryDivision, NpgsqlDbType.Text, ct);
        await copy.WriteAsync(r.DepartmentCodes, NpgsqlDbType.Text, ct);
        await WriteNullableAsync(copy, r.RegistrationDate, NpgsqlDbType.Date, ct);
        await WriteNullableAsync(copy, r.RegisteredCapital, NpgsqlDbType.Numeric, ct);
        await copy.WriteAsync(r.Status.ToString(), NpgsqlDbType.Text, ct);
        await WriteNullableAsync(copy, r.RiskTier?.ToString(), NpgsqlDbType.Text, ct);
        await WriteNullableAsync(copy, r.CreditClass?.ToString(), NpgsqlDbType.Text, ct);
        await copy.WriteAsync(r.Tags, NpgsqlDbType.Text, ct);
        await WriteNullableAsync(copy, r.Weight, NpgsqlDbType.Integer, ct);
    }

    public async Task<(long Inserted, long Updated)> MergeAsync(DateTime utcNow, string actor, CancellationToken ct)
    {
        await _copy!.CompleteAsync(ct);
        await _copy.DisposeAsync();
        _copy = null;
        await ExecuteAsync("ANALYZE target_import", null, null, ct);
        var rebuild = await BulkLoadIndexes.DropIfFirstLoadAsync(_connection!, _transaction!, bulkLoadMinimumRows, ct);
        var updated = await ExecuteAsync(TargetStagingSql.PostgresUpdate, utcNow, actor, ct);
        var inserted = await ExecuteAsync(TargetStagingSql.PostgresInsert, utcNow, actor, ct);
        if (rebuild.Count > 0)
        {
            await BulkLoadIndexes.RebuildAsync(_connection!, _transaction!, rebuild, ct);
        }

        return (inserted, updated);
    }

    private async Task<long> ExecuteAsync(string sql, DateTime? utcNow, string? actor, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, _connection, _transaction) { CommandTimeout = 0 };
        if (utcNow is { } now)
        {
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("actor", actor!);
        }

        return await command.ExecuteNonQueryAsync(ct);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        await _transaction!.CommitAsync(ct);
        // Fresh statistics keep the planner on the indexes after a large load.
        await using var analyze = new NpgsqlCommand("ANALYZE targets", _connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            try
            {
                await _copy.DisposeAsync();
            }
            catch (NpgsqlException)
            {
                // Cancelling an unfinished COPY can fail on a broken connection; the transaction is rolled back anyway.
            }
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct)
        where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, ct) : copy.WriteNullAsync(ct);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);
}

internal interface ITargetStaging : IAsyncDisposable
{
    Task BeginAsync(CancellationToken ct);

    Task WriteAsync(TargetRow row, CancellationToken ct);

    Task<(long Inserted, long Updated)> MergeAsync(DateTime utcNow, string actor, CancellationToken ct);

    /// <summary>Without a commit, disposing rolls everything back (dry run, invalid file, failure).</summary>
    Task CommitAsync(CancellationToken ct);
}
