using Npgsql;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>The bulk mode of a first load: secondary indexes of <c>targets</c> dropped, then built once.</summary>
internal static class BulkLoadIndexes
{
    /// <summary>Below this many rows (<c>Imports:BulkLoadMinimumRows</c>), index maintenance is cheaper than rebuilding.</summary>
    public const long DefaultMinimumRows = 200_000;

    /// <summary>The unique index on the code: dropped only when the import itself guarantees unique codes (the direct load).</summary>
    public const string CodeIndex = "ix_targets_code";

    /// <summary>A first load: many rows into a roster holding under a tenth as many.</summary>
    public static bool IsFirstLoad(long rows, long existing, long minimumRows) => rows >= minimumRows && existing * 10 <= rows;

    /// <summary>How many targets there are, counting no further than <paramref name="limit"/>.</summary>
    public static async Task<long> CountTargetsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long limit, CancellationToken ct)
    {
        await using var count = new NpgsqlCommand("SELECT count(*) FROM (SELECT 1 FROM targets LIMIT @limit) t", connection, transaction);
        count.Parameters.AddWithValue("limit", limit);
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// A first load is faster with the secondary indexes built once after the insert than maintained row by row.
    /// Inside the transaction, so a failure restores them; the price is an exclusive lock on <c>targets</c> until
    /// the commit, acceptable only for an initial load. With <paramref name="keys"/> (the direct load, whose ids and
    /// codes are unique by construction) the unique code index and the primary key go too, unless a foreign key
    /// depends on the key. Returns the statements that rebuild them: the code index first, then the primary key.
    /// </summary>
    public static async Task<List<string>> DropAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, bool keys, CancellationToken ct)
    {
        var indexes = new List<(string Name, string Definition)>();
        // Dropping an index takes the table's owner. The service running as the application role (scripts/audit-app-role.sql)
        // is not: its first load maintains the indexes row by row instead (slower, same result).
        await using (var owner = new NpgsqlCommand(
            "SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = 'targets'::regclass", connection, transaction))
        {
            if (await owner.ExecuteScalarAsync(ct) is not true)
            {
                return [];
            }
        }

        await using (var list = new NpgsqlCommand("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = 'targets'
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
            ORDER BY i.indexname <> @code, i.indexname
            """, connection, transaction))
        {
            list.Parameters.AddWithValue("code", CodeIndex);
            await using var rows = await list.ExecuteReaderAsync(ct);
            while (await rows.ReadAsync(ct))
            {
                indexes.Add((rows.GetString(0), rows.GetString(1)));
            }
        }

        if (!keys)
        {
            indexes.RemoveAll(d => d.Name == CodeIndex);
        }

        var rebuild = new List<string>();
        foreach (var (name, definition) in indexes)
        {
            await ExecuteAsync(connection, transaction, $"DROP INDEX {Quote(name)}", ct);
            rebuild.Add(definition);
        }

        if (keys && await PrimaryKeyAsync(connection, transaction, ct) is { } key)
        {
            await ExecuteAsync(connection, transaction, $"ALTER TABLE targets DROP CONSTRAINT {Quote(key.Name)}", ct);
            rebuild.Insert(Math.Min(1, rebuild.Count), $"ALTER TABLE targets ADD CONSTRAINT {Quote(key.Name)} {key.Definition}");
        }

        return rebuild;
    }

    /// <summary>The primary key's name and definition, when nothing references it.</summary>
    private static async Task<(string Name, string Definition)?> PrimaryKeyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var key = new NpgsqlCommand("""
            SELECT c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
            WHERE c.conrelid = 'targets'::regclass AND c.contype = 'p'
              AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.confrelid = 'targets'::regclass AND f.contype = 'f')
            """, connection, transaction);
        await using var reader = await key.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Builds the indexes one after another. B-tree builds use PostgreSQL's parallel workers
    /// (<c>max_parallel_maintenance_workers</c>, 2 by default), so they already keep two cores busy; the trigram
    /// GIN cannot be built in parallel before PostgreSQL 18. Other sessions cannot help: the rows are not
    /// committed yet, and the table is locked.
    /// </summary>
    public static async Task RebuildAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<string> definitions, CancellationToken ct)
    {
        await ExecuteAsync(connection, transaction, "SET LOCAL maintenance_work_mem = '256MB'", ct);

        foreach (var definition in definitions)
        {
            await using var create = new NpgsqlCommand(definition, connection, transaction) { CommandTimeout = 0 };
            await create.ExecuteNonQueryAsync(ct);
        }
    }
}
