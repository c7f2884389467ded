using Npgsql;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>The bulk mode of a first load: secondary indexes of <c>targets</c> dropped, then built once.</summary>
internal static class BulkLoadIndexes
{
    /// <summary>Below this many staged rows (<c>Imports:BulkLoadMinimumRows</c>), index maintenance is cheaper than rebuilding.</summary>
    public const long DefaultMinimumRows = 200_000;

    /// <summary>
    /// A first load (many rows into an almost empty roster) is faster with the secondary indexes built once
    /// after the insert than maintained row by row. Inside the transaction, so a failure restores them; the
    /// price is an exclusive lock on <c>targets</c> while the load runs, acceptable only for an initial load.
    /// </summary>
    public static async Task<List<string>> DropIfFirstLoadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long bulkLoadMinimumRows, CancellationToken ct)
    {
        await using var sizes = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM target_import), (SELECT count(*) FROM (SELECT 1 FROM targets LIMIT 1000000) t)", connection, transaction);
        await using var reader = await sizes.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (staged, existing) = (reader.GetInt64(0), reader.GetInt64(1));
        await reader.CloseAsync();
        if (staged < bulkLoadMinimumRows || existing * 10 > staged)
        {
            return [];
        }

        var definitions = new List<(string Name, string Definition)>();
        await using (var list = new NpgsqlCommand("""
            SELECT indexname, indexdef FROM pg_indexes
            WHERE schemaname = current_schema() AND tablename = 'targets' AND indexname NOT IN ('pk_targets', 'ix_targets_code')
            """, connection, transaction))
        await using (var rows = await list.ExecuteReaderAsync(ct))
        {
            while (await rows.ReadAsync(ct))
            {
                definitions.Add((rows.GetString(0), rows.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection, transaction);
            await drop.ExecuteNonQueryAsync(ct);
        }

        return definitions.Select(d => d.Definition).ToList();
    }

    public static async Task RebuildAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<string> definitions, CancellationToken ct)
    {
        await using (var memory = new NpgsqlCommand("SET LOCAL maintenance_work_mem = '256MB'", connection, transaction))
        {
            await memory.ExecuteNonQueryAsync(ct);
        }

        foreach (var definition in definitions)
        {
            await using var create = new NpgsqlCommand(definition, connection, transaction) { CommandTimeout = 0 };
            await create.ExecuteNonQueryAsync(ct);
        }
    }
}
