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

            // The append itself, in one round trip: lock the chain (until commit), read the head with a fresh
            // snapshot, link and insert the entries. The service builds each entry's canonical text after
            // "at" (p_tails); this function adds {"v":1,"seq":…,"at":"…" and hashes (docs/audit.md).
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_append(
                    p_now timestamptz, p_actor_id uuid, p_actor_name text, p_actor_roles text, p_unit_id uuid,
                    p_request_id text, p_client_address text, p_actions text[], p_entity_types text[],
                    p_entity_ids text[], p_befores text[], p_afters text[], p_reasons text[], p_tails text[])
                RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
                DECLARE
                    v_seq bigint;
                    v_hash text;
                    v_at timestamptz;
                    v_next text;
                BEGIN
                    -- READ COMMITTED: each statement below takes its snapshot after the lock is granted,
                    -- so it sees the entries of the previous holder, which released the lock by committing.
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
                    -- Times never run backwards along the chain.
                    v_at := greatest(p_now, v_at);
                    FOR i IN 1 .. coalesce(array_length(p_tails, 1), 0) LOOP
                        v_seq := v_seq + 1;
                        v_next := encode(sha256(decode(v_hash, 'hex') || convert_to(
                            '{"v":1,"seq":' || v_seq || ',"at":"'
                                || to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '"' || p_tails[i],
                            'UTF8')), 'hex');
                        INSERT INTO audit_entries (sequence, occurred_at_utc, actor_id, actor_name, actor_roles, unit_id,
                            action, entity_type, entity_id, before, after, reason, request_id, client_address, prev_hash, hash)
                        VALUES (v_seq, v_at, p_actor_id, p_actor_name, p_actor_roles, p_unit_id, p_actions[i],
                            p_entity_types[i], p_entity_ids[i], p_befores[i], p_afters[i], p_reasons[i], p_request_id,
                            p_client_address, v_hash, v_next);
                        v_hash := v_next;
                    END LOOP;
                    RETURN v_seq;
                END
                $$;
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
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_append(timestamptz, uuid, text, text, uuid, text, text, text[], text[], text[], text[], text[], text[], text[]);");
        }
    }
}
