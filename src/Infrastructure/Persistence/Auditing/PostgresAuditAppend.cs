using System.Data.Common;
using DoubleRandom.Domain.Auditing;
using Npgsql;
using NpgsqlTypes;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

/// <summary>
/// PostgreSQL stages entries in <c>audit_pending</c> with one statement, in the transaction of the change;
/// <c>audit_link</c> chains them after the commit (migration AuditLinkAfterCommit), so no business
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
        // The part of each canonical entry that does not depend on its place in the chain.
        var entries = drafts.Select(d => AuditEntry.Chain(d, actor, 0, now, AuditHash.Genesis)).ToList();
        foreach (var chunk in entries.Chunk(EntriesPerCall))
        {
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO audit_pending (occurred_at_utc, actor_id, actor_name, actor_roles, unit_id, request_id, client_address,
                    action, entity_type, entity_id, before, after, reason, tail)
                SELECT @now, @actor_id, @actor_name, @actor_roles, @unit_id, @request_id, @client_address,
                    u.action, u.entity_type, u.entity_id, u.before, u.after, u.reason, u.tail
                FROM unnest(@actions, @entity_types, @entity_ids, @befores, @afters, @reasons, @tails)
                    WITH ORDINALITY AS u(action, entity_type, entity_id, before, after, reason, tail, n)
                ORDER BY u.n
                """,
                (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
            var first = chunk[0];
            command.Parameters.Add(new NpgsqlParameter<DateTime>("now", NpgsqlDbType.TimestampTz) { TypedValue = now });
            command.Parameters.Add(Nullable("actor_id", NpgsqlDbType.Uuid, first.ActorId));
            command.Parameters.Add(new NpgsqlParameter<string>("actor_name", NpgsqlDbType.Text) { TypedValue = first.ActorName });
            command.Parameters.Add(new NpgsqlParameter<string>("actor_roles", NpgsqlDbType.Text) { TypedValue = first.ActorRoles });
            command.Parameters.Add(Nullable("unit_id", NpgsqlDbType.Uuid, first.UnitId));
            command.Parameters.Add(Nullable("request_id", NpgsqlDbType.Text, first.RequestId));
            command.Parameters.Add(Nullable("client_address", NpgsqlDbType.Text, first.ClientAddress));
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

    private static NpgsqlParameter Nullable(string name, NpgsqlDbType type, object? value) =>
        new(name, type) { Value = value ?? DBNull.Value };

    private static NpgsqlParameter TextArray(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };
}
