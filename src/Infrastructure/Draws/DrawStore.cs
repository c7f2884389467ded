using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Application.Draws;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace DoubleRandom.Infrastructure.Draws;

public sealed class DrawStore(AppDbContext db, DatabaseOptions options) : IDrawStore
{
    public async Task LockAsync(Guid drawId, CancellationToken ct)
    {
        if (db is PostgresAppDbContext)
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM draws WHERE id = {drawId} FOR UPDATE", ct);
        }
    }

    public bool ReadsTargetsOnOwnConnection => db is PostgresAppDbContext;

    public async Task ReadTargetsAsync(TargetCollector into, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(into);
        if (db is PostgresAppDbContext)
        {
            // A connection of its own (from the pool): the unit of work reads officers and recusals meanwhile.
            await using var connection = new NpgsqlConnection(options.ConnectionString);
            await connection.OpenAsync(ct);
            await using (var estimate = new NpgsqlCommand("SELECT reltuples::bigint FROM pg_class WHERE oid = 'targets'::regclass", connection))
            {
                into.Reserve((int)Math.Clamp(await estimate.ExecuteScalarAsync(ct) as long? ?? 0, 0, 1 << 26));
            }

            await TargetScopeCopy.ReadAsync(connection, into, ct);
            return;
        }

        var statuses = into.Statuses;
        var kinds = into.Scope.Kinds;
        var query = db.Targets.AsNoTracking().Where(t => t.RetiredAtUtc == null && statuses.Contains(t.Status));
        if (kinds.Count > 0)
        {
            query = query.Where(t => kinds.Contains(t.Kind));
        }

        var rows = query.Select(t => new { t.Code, t.RiskTier, t.RegionCode, t.Weight, t.IndustrySection, t.IndustryDivision, t.DepartmentCodes, t.Tags, t.RiskScore, t.RiskModelVersion })
            .AsAsyncEnumerable();
        await foreach (var t in rows.WithCancellation(ct))
        {
            into.Add(t.Code, t.RiskTier, t.RegionCode, t.Weight, t.IndustrySection, t.IndustryDivision, t.DepartmentCodes, t.Tags, t.RiskScore, t.RiskModelVersion);
        }
    }

    public async Task<byte[]?> ReadSnapshotSliceAsync(Guid drawId, SnapshotKind kind, int offset, int length, CancellationToken ct)
    {
        var name = kind.ToString();
        var from = offset + 1;
        var slice = db is PostgresAppDbContext
            ? db.Database.SqlQuery<byte[]>($"SELECT substring(data FROM {from} FOR {length}) AS \"Value\" FROM draw_snapshots WHERE draw_id = {drawId} AND kind = {name}")
            : db.Database.SqlQuery<byte[]>($"SELECT substr(data, {from}, {length}) AS \"Value\" FROM draw_snapshots WHERE draw_id = {drawId} AND kind = {name}");
        return await slice.FirstOrDefaultAsync(ct);
    }

    public async Task AddTargetReferencesAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        var list = codes.ToList();
        await db.Targets.Where(t => list.Contains(t.Code))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.DrawReferenceCount, t => t.DrawReferenceCount + 1), ct);
    }

    public async Task InsertSealedRowsAsync(SealedRows rows, CancellationToken ct)
    {
        if (db is not PostgresAppDbContext || db.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            // Added to the context: the save guard checks them.
            db.DrawGroupMembers.AddRange(rows.Members);
            db.DrawSelections.AddRange(rows.Selections);
            db.DrawnTargetsByYear.AddRange(rows.Claims);
            db.InspectionHistory.AddRange(rows.History);
            return;
        }

        // COPY bypasses the save guard (ADR 0026): an archived task's draw takes no rows.
        var (_, drawIds) = ArchivedTaskGuard.Owners([.. rows.Members, .. rows.Selections, .. rows.Claims, .. rows.History]);
        await ArchivedTaskGuard.EnsureChangesAllowedAsync(db, [], drawIds, ct);

        try
        {
            // The year's claims first: a target another draw sealed is found before anything else is written.
            await CopyAsync(connection, "COPY drawn_targets_by_year (year, target_code, draw_id) FROM STDIN (FORMAT BINARY)", rows.Claims, async (w, c) =>
            {
                await w.WriteAsync(c.Year, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(c.TargetCode, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(c.DrawId, NpgsqlDbType.Uuid, ct);
            }, ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new ConflictException("duplicate-key", Text.Of("检查对象已被本年度另一任务抽中", "A target was drawn by another task of the year."));
        }

        await CopyAsync(connection,
            "COPY draw_group_members (draw_id, group_number, position, officer_id, officer_number, officer_name, unit_id) FROM STDIN (FORMAT BINARY)",
            rows.Members, async (w, m) =>
            {
                await w.WriteAsync(m.DrawId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(m.GroupNumber, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(m.Position, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(m.OfficerId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(m.OfficerNumber, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(m.OfficerName, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(m.UnitId, NpgsqlDbType.Uuid, ct);
            }, ct);
        await CopyAsync(connection,
            "COPY draw_selections (draw_id, target_code, target_name, target_address, stratum, weight, lambda, q, group_number) FROM STDIN (FORMAT BINARY)",
            rows.Selections, async (w, s) =>
            {
                await w.WriteAsync(s.DrawId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(s.TargetCode, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(s.TargetName, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(w, s.TargetAddress, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(s.Stratum, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(s.Weight, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(s.Lambda, NpgsqlDbType.Double, ct);
                await WriteNullableAsync(w, s.Q, NpgsqlDbType.Double, ct);
                await WriteNullableAsync(w, s.GroupNumber, NpgsqlDbType.Integer, ct);
            }, ct);
        await CopyAsync(connection, "COPY inspection_history (officer_id, target_code, inspected_on) FROM STDIN (FORMAT BINARY)", rows.History, async (w, h) =>
        {
            await w.WriteAsync(h.OfficerId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(h.TargetCode, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(h.InspectedOn, NpgsqlDbType.Date, ct);
        }, ct);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(ct);
        }
        else
        {
            await writer.WriteAsync(value, type, ct);
        }
    }

    private static async Task CopyAsync<T>(
        NpgsqlConnection connection, string copy, List<T> rows, Func<NpgsqlBinaryImporter, T, Task> write, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var writer = await connection.BeginBinaryImportAsync(copy, ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            await write(writer, row);
        }

        await writer.CompleteAsync(ct);
    }
}
