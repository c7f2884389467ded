using System.Data.Common;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

/// <summary>
/// Writes a transaction's audit entries inside it. On PostgreSQL they are staged (see
/// <see cref="PostgresAuditAppend"/>) and linked into the chain right after the commit, in batches, by
/// <c>audit_link</c> under the chain lock (<see cref="AuditLinkAfterCommitInterceptor"/>); a SQLite
/// transaction already holds the database's one write lock (Microsoft.Data.Sqlite begins IMMEDIATE), so
/// entries are chained in place. Either way no two entries link to the same head, and the sequence has no gaps.
/// </summary>
public sealed class AuditChainWriter(ICurrentActor actor, TimeProvider clock)
{
    private const int RowsPerInsert = 500;

    internal ICurrentActor Actor => actor;

    internal TimeProvider Clock => clock;

    public async Task AppendAsync(AppDbContext db, IReadOnlyList<AuditDraft> drafts, CancellationToken cancellationToken)
    {
        if (drafts.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Audit entries are appended inside the transaction of the change they record.");
        var connection = transaction.Connection!;
        var now = CanonicalJson.TruncateToMicroseconds(clock.GetUtcNow().UtcDateTime);
        var who = new AuditActor(actor.Name, actor.UserId, actor.Roles, actor.UnitId, actor.RequestId, actor.ClientAddress);
        if (db is PostgresAppDbContext)
        {
            await PostgresAuditAppend.RunAsync(connection, transaction, drafts, who, now, cancellationToken);
            db.AuditStaged = true;
            return;
        }

        var head = await ReadHeadAsync(connection, transaction, cancellationToken);
        // Times never run backwards along the chain, so "the last entry of a day" is well defined.
        var at = now < head.OccurredAtUtc ? head.OccurredAtUtc : now;
        var entries = new List<AuditEntry>(drafts.Count);
        var (sequence, prevHash) = (head.Sequence, head.Hash);
        foreach (var draft in drafts)
        {
            var entry = AuditEntry.Chain(draft, who, ++sequence, at, prevHash);
            entries.Add(entry);
            prevHash = entry.Hash;
        }

        foreach (var chunk in entries.Chunk(RowsPerInsert))
        {
            await InsertAsync(db, connection, transaction, chunk, cancellationToken);
        }
    }

    /// <summary>The newest entry, or the newest checkpoint when every entry was archived, or the genesis.</summary>
    private static async Task<ChainHead> ReadHeadAsync(
        DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        const string head = "SELECT sequence, hash, occurred_at_utc FROM audit_entries ORDER BY sequence DESC LIMIT 1";
        const string checkpoint = "SELECT sequence, hash, occurred_at_utc FROM audit_checkpoints ORDER BY sequence DESC LIMIT 1";
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = head;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                return ChainHead.Read(reader);
            }
        }

        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = checkpoint;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? ChainHead.Read(reader) : ChainHead.Genesis;
        }
    }

    /// <summary>One multi-row INSERT, with columns and parameter conversions taken from the EF model.</summary>
    private static async Task InsertAsync(
        AppDbContext db, DbConnection connection, DbTransaction transaction, AuditEntry[] rows, CancellationToken cancellationToken)
    {
        var entityType = db.Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entityType.GetProperties().ToArray();

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new System.Text.StringBuilder("INSERT INTO ")
            .Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))
            .Append(") VALUES ");
        for (var r = 0; r < rows.Length; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < properties.Length; c++)
            {
                var name = $"p{r}_{c}";
                var property = properties[c];
                var value = property.GetGetter().GetClrValueUsingContainingEntity(rows[r]);
                command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable));
                text.Append(c == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed record ChainHead(long Sequence, string Hash, DateTime OccurredAtUtc)
    {
        public static readonly ChainHead Genesis = new(0, AuditHash.Genesis, DateTime.MinValue);

        public static ChainHead Read(DbDataReader reader) => new(
            reader.GetInt64(0),
            reader.GetString(1).Trim(),
            DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc));
    }
}
