using Npgsql;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>The bulk mode of a first load: secondary indexes of <c>targets</c> dropped, then built once.</summary>
internal static class BulkLoadIndexes
{
    /// <summary>Below this many rows (<c>Imports:BulkLoadMinimumRows</c>), index maintenance is cheaper than rebuilding.</summary>
    public const long DefaultMinimumRows = 200_000;

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
    /// depends on the key. Dropping an index takes the table's owner: the owner's function
    /// <c>roster_targets_drop_indexes</c> (the Initial migration's <c>RosterSql</c>) does it for the application role
    /// and the owner alike, saving each definition itself. Returns the names awaiting a rebuild, in rebuild order: the
    /// code index first, then the primary key.
    /// </summary>
    public static async Task<List<string>> DropAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, bool keys, CancellationToken ct)
    {
        await using var drop = new NpgsqlCommand("SELECT roster_targets_drop_indexes(@keys)", connection, transaction);
        drop.Parameters.AddWithValue("keys", keys);
        var dropped = new List<string>();
        await using var rows = await drop.ExecuteReaderAsync(ct);
        while (await rows.ReadAsync(ct))
        {
            dropped.Add(rows.GetString(0));
        }

        return dropped;
    }

    /// <summary>
    /// Rebuilds what <see cref="DropAsync"/> dropped in this transaction (only <paramref name="name"/>, when given), one
    /// index after another, and returns how many, through the owner's function <c>roster_targets_restore_indexes</c>, which recreates only the
    /// definitions it saved (no DDL from here). B-tree builds use PostgreSQL's parallel workers
    /// (<c>max_parallel_maintenance_workers</c>, 2 by default), so they already keep two cores busy; the trigram
    /// GIN cannot be built in parallel before PostgreSQL 18. Other sessions cannot help: the rows are not
    /// committed yet, and the table is locked. A commit with an index still dropped fails (a deferred trigger).
    /// </summary>
    public static async Task<int> RebuildAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string? name, CancellationToken ct)
    {
        await using var restore = new NpgsqlCommand("SELECT roster_targets_restore_indexes(@name)", connection, transaction) { CommandTimeout = 0 };
        restore.Parameters.Add(new NpgsqlParameter("name", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)name ?? DBNull.Value });
        return (int)(await restore.ExecuteScalarAsync(ct))!;
    }
}
