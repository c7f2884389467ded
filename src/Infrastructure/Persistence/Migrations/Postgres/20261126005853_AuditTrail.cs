using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_checkpoints",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    occurred_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    archive = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    signature = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_checkpoints", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    occurred_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_roles = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    before = table.Column<string>(type: "text", nullable: true),
                    after = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    client_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    prev_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.sequence);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_name",
                table: "audit_entries",
                column: "actor_name");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at_utc_sequence",
                table: "audit_entries",
                columns: new[] { "occurred_at_utc", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_unit_id",
                table: "audit_entries",
                column: "unit_id");

            // Append-only, enforced by the database itself (docs/audit.md): UPDATE and DELETE of a row and
            // TRUNCATE of the table are refused for every role, the owner included, until the owner disables
            // the trigger on purpose (rotation). The application role also lacks those privileges.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
                        USING ERRCODE = 'insufficient_privilege', HINT = 'Archiving follows docs/audit.md (rotation with checkpoints).';
                END
                $$;
                CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
                    FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only();
                CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_append_only();
                CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
                    FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only();
                CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_append_only();
                """);

            // The append. The service stages each entry in audit_pending (no lock, no round trip of its own
            // under any lock); a deferred constraint trigger links the staged rows at COMMIT: it takes the
            // chain lock, reads the head with a fresh snapshot (READ COMMITTED), numbers, hashes and inserts
            // the entry, and deletes the staged row. So the lock is held for the server-side linking and the
            // commit's flush only, with no client round trip in between, and staged rows are never visible
            // to anyone else. The function runs as the owner (SECURITY DEFINER): the application role needs
            // INSERT on audit_pending only, and cannot write audit_entries itself.
            // The service sends each entry's canonical text from "actorId" on (tail); the function prepends
            // {"v":1,"seq":…,"at":"…" and hashes (docs/audit.md).
            migrationBuilder.Sql("""
                -- Unlogged: a staged row lives only inside its own transaction (deleted before it commits), so
                -- it needs no WAL and nothing in it has to survive a crash.
                CREATE UNLOGGED TABLE audit_pending (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    occurred_at_utc timestamptz NOT NULL,
                    actor_id uuid,
                    actor_name text NOT NULL,
                    actor_roles text NOT NULL,
                    unit_id uuid,
                    action text NOT NULL,
                    entity_type text NOT NULL,
                    entity_id text NOT NULL,
                    before text,
                    after text,
                    reason text,
                    request_id text,
                    client_address text,
                    tail text NOT NULL);

                CREATE FUNCTION audit_link_pending() RETURNS trigger
                LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
                DECLARE
                    v_seq bigint;
                    v_hash text;
                    v_at timestamptz;
                    v_next text;
                BEGIN
                    -- Each statement below takes its snapshot after the lock is granted, so the head read
                    -- sees the entries of the previous holder, which released the lock by committing.
                    PERFORM pg_advisory_xact_lock(4923069177143055361);
                    SELECT sequence, hash, occurred_at_utc INTO v_seq, v_hash, v_at
                        FROM audit_entries ORDER BY sequence DESC LIMIT 1;
                    IF NOT FOUND THEN
                        SELECT sequence, hash, occurred_at_utc INTO v_seq, v_hash, v_at
                            FROM audit_checkpoints ORDER BY sequence DESC LIMIT 1;
                        IF NOT FOUND THEN
                            v_seq := 0;
                            v_hash := repeat('0', 64);
                            v_at := '-infinity';
                        END IF;
                    END IF;
                    v_seq := v_seq + 1;
                    -- Times never run backwards along the chain.
                    v_at := greatest(NEW.occurred_at_utc, v_at);
                    v_next := encode(sha256(decode(v_hash, 'hex') || convert_to(
                        '{"v":1,"seq":' || v_seq || ',"at":"'
                            || to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '"' || NEW.tail,
                        'UTF8')), 'hex');
                    INSERT INTO audit_entries (sequence, occurred_at_utc, actor_id, actor_name, actor_roles, unit_id,
                        action, entity_type, entity_id, before, after, reason, request_id, client_address, prev_hash, hash)
                    VALUES (v_seq, v_at, NEW.actor_id, NEW.actor_name, NEW.actor_roles, NEW.unit_id, NEW.action,
                        NEW.entity_type, NEW.entity_id, NEW.before, NEW.after, NEW.reason, NEW.request_id,
                        NEW.client_address, v_hash, v_next);
                    DELETE FROM audit_pending WHERE id = NEW.id;
                    RETURN NULL;
                END
                $$;

                -- Deferred: fires at COMMIT, once per staged row, in the order the rows were staged.
                CREATE CONSTRAINT TRIGGER audit_pending_link AFTER INSERT ON audit_pending
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_link_pending();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_checkpoints");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_trail_append_only();");
            migrationBuilder.Sql("DROP TABLE IF EXISTS audit_pending; DROP FUNCTION IF EXISTS audit_link_pending();");
        }
    }
}
