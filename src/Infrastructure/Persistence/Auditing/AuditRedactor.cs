using System.Data.Common;
using System.Globalization;
using DoubleRandom.Application.Auditing.Commands.RedactAuditEntry;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

/// <summary>
/// One transaction: the <c>audit.redact</c> entry naming the sequence (with the digest that stays, the legal ground as
/// its reason), then the tombstone. On PostgreSQL the owner's <c>audit_redact</c> links the chain (that entry
/// included) and updates the row; on SQLite the entry is already chained in the transaction and the row is updated
/// directly. Either way the append-only trigger checks the UPDATE's shape and that the record exists.
/// </summary>
internal sealed class AuditRedactor(AppDbContext db, IAuditLog log, ICurrentActor actor, TimeProvider clock) : IAuditRedactor
{
    public async Task<long> RedactAsync(long sequence, string payloadDigest, string reason, CancellationToken cancellationToken)
    {
        var at = CanonicalJson.TruncateToMicroseconds(clock.GetUtcNow().UtcDateTime);
        var by = actor.Name;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await log.RecordOperationAsync(
            AuditRedaction.Action, AuditRedaction.EntityType, sequence.ToString(CultureInfo.InvariantCulture), reason,
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["sequence"] = sequence, ["payloadDigest"] = payloadDigest },
            cancellationToken);
        long record;
        try
        {
            if (db is PostgresAppDbContext)
            {
                record = await db.Database
                    .SqlQuery<long>($"SELECT audit_redact({sequence}, {at}, {by}, {reason}) AS \"Value\"")
                    .SingleAsync(cancellationToken);
            }
            else
            {
                record = await db.Database.SqlQuery<long>($"SELECT max(sequence) AS \"Value\" FROM audit_entries").SingleAsync(cancellationToken);
                await db.Database.ExecuteSqlAsync(
                    $"""
                    UPDATE audit_entries SET before = NULL, after = NULL, reason = NULL, payload_nonce = NULL,
                        redacted_at_utc = {at}, redacted_by = {by}, redaction_reason = {reason}, redaction_sequence = {record}
                    WHERE sequence = {sequence}
                    """,
                    cancellationToken);
            }
        }
        catch (DbException ex) when (IsRefusal(ex))
        {
            throw AuditRedactionRefusal.DatabaseRefused(sequence);
        }

        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    /// <summary>The append-only trigger's refusal (PostgreSQL 42501; SQLite's RAISE(ABORT) message).</summary>
    private static bool IsRefusal(DbException ex) => ex switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.InsufficientPrivilege,
        SqliteException sqlite => sqlite.Message.Contains("append-only", StringComparison.Ordinal),
        _ => false,
    };
}
