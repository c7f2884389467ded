namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite;

/// <summary>
/// The embedded database's audit trail refusals (docs/audit.md): <c>audit_entries</c> and <c>audit_checkpoints</c> are
/// append-only (SQLite has no roles to add to it); only a recorded redaction of a version 2 payload may change an
/// entry. The PostgreSQL guards of draws, staging and roster loads have no SQLite twin: the embedded demo relies on the
/// application (ADR 2). Part of migration Initial (ADR 12).
/// </summary>
internal static class AuditTrailSql
{
    /// <summary>The four triggers (the tables take them with them when dropped).</summary>
    public const string Create = """
        -- Every column but the tombstone's must stay as it was (listed: SQLite has no row-to-JSON for NEW/OLD).
        CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
        WHEN NOT (
            OLD.hash_version = 2 AND OLD.redacted_at_utc IS NULL
            AND NEW.before IS NULL AND NEW.after IS NULL AND NEW.reason IS NULL AND NEW.payload_nonce IS NULL
            AND NEW.redacted_at_utc IS NOT NULL
            AND trim(coalesce(NEW.redacted_by, '')) <> '' AND trim(coalesce(NEW.redaction_reason, '')) <> ''
            AND NEW.sequence IS OLD.sequence AND NEW.occurred_at_utc IS OLD.occurred_at_utc
            AND NEW.actor_id IS OLD.actor_id AND NEW.actor_name IS OLD.actor_name
            AND NEW.actor_roles IS OLD.actor_roles AND NEW.unit_id IS OLD.unit_id
            AND NEW.action IS OLD.action AND NEW.entity_type IS OLD.entity_type AND NEW.entity_id IS OLD.entity_id
            AND NEW.request_id IS OLD.request_id AND NEW.client_address IS OLD.client_address
            AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash
            AND NEW.hash_version IS OLD.hash_version AND NEW.payload_digest IS OLD.payload_digest
            AND EXISTS (SELECT 1 FROM audit_entries r
                WHERE r.sequence = NEW.redaction_sequence AND r.sequence > OLD.sequence
                    AND r.action = 'audit.redact' AND r.entity_type = 'AuditEntry'
                    AND r.entity_id = CAST(OLD.sequence AS TEXT)))
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: UPDATE on audit_entries is refused'); END;
        CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: DELETE on audit_entries is refused'); END;
        CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: UPDATE on audit_checkpoints is refused'); END;
        CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: DELETE on audit_checkpoints is refused'); END;
        """;
}
