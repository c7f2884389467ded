using System.Data.Common;
using DoubleRandom.Domain.Auditing;
using Npgsql;
using NpgsqlTypes;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

/// <summary>
/// PostgreSQL stages entries in <c>audit_pending</c> with one call of <c>audit_stage</c>, in the transaction of the change;
/// <c>audit_link</c> chains them after the commit (the Initial migration's <c>AuditTrailSql</c>), so no business
/// transaction holds the chain lock.
/// </summary>
internal static class PostgresAuditAppend
{
    /// <summary>Arrays keep the parameter count fixed; chunks bound the size of one call.</summary>
    private const int EntriesPerCall = 5000;

    public static async Task RunAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditDraft> drafts, AuditActor actor,
        DateTime now, CancellationToken cancellationToken)
    {
        // audit_stage reads an empty setting as null: an empty request id or address is recorded as none.
        actor = actor with { RequestId = NullIfEmpty(actor.RequestId), ClientAddress = NullIfEmpty(actor.ClientAddress) };
        // The part of each canonical entry that does not depend on its place in the chain.
        var entries = drafts.Select(d => AuditEntry.Chain(d, actor, 0, now, AuditHash.Genesis)).ToList();
        foreach (var chunk in entries.Chunk(EntriesPerCall))
        {
            // The actor goes into the transaction's settings (set_config(…, true): gone at its end); audit_stage takes it
            // from there, not from the rows, and refuses a tail that names anyone else (the Initial migration's
            // AuditTrailSql).
            await using var command = new NpgsqlCommand(
                """
                SELECT set_config('doublerandom.actor_id', @actor_id, true), set_config('doublerandom.actor_name', @actor_name, true),
                    set_config('doublerandom.actor_roles', @actor_roles, true), set_config('doublerandom.actor_unit_id', @unit_id, true),
                    set_config('doublerandom.request_id', @request_id, true), set_config('doublerandom.client_address', @client_address, true);
                SELECT audit_stage(@now, @actions, @entity_types, @entity_ids, @befores, @afters, @reasons, @tails);
                """,
                (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
            var first = chunk[0];
            command.Parameters.Add(new NpgsqlParameter<DateTime>("now", NpgsqlDbType.TimestampTz) { TypedValue = now });
            command.Parameters.Add(Setting("actor_id", first.ActorId?.ToString("D")));
            command.Parameters.Add(Setting("actor_name", first.ActorName));
            command.Parameters.Add(Setting("actor_roles", first.ActorRoles));
            command.Parameters.Add(Setting("unit_id", first.UnitId?.ToString("D")));
            command.Parameters.Add(Setting("request_id", first.RequestId));
            command.Parameters.Add(Setting("client_address", first.ClientAddress));
            command.Parameters.Add(TextArray("actions", chunk.Select(e => e.Action)));
            command.Parameters.Add(TextArray("entity_types", chunk.Select(e => e.EntityType)));
            command.Parameters.Add(TextArray("entity_ids", chunk.Select(e => e.EntityId)));
            command.Parameters.Add(TextArray("befores", chunk.Select(e => e.Before)));
            command.Parameters.Add(TextArray("afters", chunk.Select(e => e.After)));
            command.Parameters.Add(TextArray("reasons", chunk.Select(e => e.Reason)));
            command.Parameters.Add(TextArray("tails", chunk.Select(AuditHash.CanonicalTail)));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static NpgsqlParameter<string> Setting(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { TypedValue = value ?? string.Empty };

    private static NpgsqlParameter TextArray(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };
}
