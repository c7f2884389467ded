using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Hash version 2 on the embedded database (see the PostgreSQL migration of the same name): existing entries stay
    /// version 1; the UPDATE trigger lets exactly one change through, the recorded redaction of a version 2 payload.
    /// </summary>
    public partial class AuditPayloadDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "hash_version",
                table: "audit_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "payload_digest",
                table: "audit_entries",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "payload_nonce",
                table: "audit_entries",
                type: "TEXT",
                maxLength: 36,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "redacted_at_utc",
                table: "audit_entries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "redacted_by",
                table: "audit_entries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "redaction_reason",
                table: "audit_entries",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "redaction_sequence",
                table: "audit_entries",
                type: "INTEGER",
                nullable: true);

            // Every column but the tombstone's must stay as it was (listed: SQLite has no row-to-JSON for NEW/OLD).
            migrationBuilder.Sql("""
                DROP TRIGGER audit_entries_no_update;
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
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER audit_entries_no_update;
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: UPDATE on audit_entries is refused'); END;
                """);
            migrationBuilder.DropColumn(
                name: "hash_version",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "payload_digest",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "payload_nonce",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "redacted_at_utc",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "redacted_by",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "redaction_reason",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "redaction_sequence",
                table: "audit_entries");
        }
    }
}
