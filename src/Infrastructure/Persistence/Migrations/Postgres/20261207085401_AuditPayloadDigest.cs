using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <summary>
    /// Hash version 2 (docs/audit.md, "Hash version 2", ADR 5): new entries chain over the SHA-256 digest of their
    /// payload (a random nonce, before, after, reason) instead of the payload itself, so an administrator's audited
    /// redaction can replace a payload with a tombstone while the chain still verifies. Entries linked before this
    /// migration keep version 1 (the column's value for existing rows) and verify as before. <c>audit_link</c> builds
    /// the version 2 entry from the staged columns (the staged <c>tail</c> is no longer read); <c>audit_redact</c>
    /// is the one way to redact, and the append-only trigger lets exactly that UPDATE through.
    /// </summary>
    public partial class AuditPayloadDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "hash_version",
                table: "audit_entries",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "payload_digest",
                table: "audit_entries",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "payload_nonce",
                table: "audit_entries",
                type: "character varying(36)",
                maxLength: 36,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "redacted_at_utc",
                table: "audit_entries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "redacted_by",
                table: "audit_entries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "redaction_reason",
                table: "audit_entries",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "redaction_sequence",
                table: "audit_entries",
                type: "bigint",
                nullable: true);

            migrationBuilder.Sql(UpSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DownSql);
            migrationBuilder.Sql(AuditLinkAfterCommit.LinkFunction);
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

        /// <summary>
        /// Existing rows are version 1 (the column's default when added); every new row states its version. The
        /// functions and the trigger that make version 2 work.
        /// </summary>
        internal const string UpSql = """
            ALTER TABLE audit_entries ALTER COLUMN hash_version DROP DEFAULT;
            ALTER TABLE audit_entries ADD CONSTRAINT ck_audit_entries_hash_version
                CHECK (hash_version = 1 OR (hash_version = 2 AND payload_digest IS NOT NULL));

            -- A text as a canonical JSON string (docs/audit.md): PostgreSQL's to_json escapes exactly ", \, \b, \f,
            -- \n, \r, \t and other characters below U+0020 as \u00xx (lower-case hex), as the C# writer does. No SET
            -- clause and STABLE like to_json itself, so the planner inlines it (eight calls per linked entry).
            CREATE FUNCTION audit_json_string(p text) RETURNS text
            LANGUAGE sql STABLE PARALLEL SAFE AS $$
                SELECT coalesce(pg_catalog.to_json(p)::text, 'null')
            $$;

            -- Version 2: the entry is built from the staged columns (not from the staged tail), and the chain covers
            -- the digest of {"nonce":…,"before":…,"after":…,"reason":…} instead of the payload itself.
            CREATE OR REPLACE FUNCTION audit_link(p_max integer DEFAULT 10000) RETURNS integer
            LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
            DECLARE
                v_seq bigint;
                v_hash text;
                v_at timestamptz;
                v_next text;
                v_nonce text;
                v_digest text;
                v_ids bigint[] := '{}';
                r record;
            BEGIN
                -- Nothing staged: return without queueing for the lock (the common case for readers).
                PERFORM 1 FROM audit_pending ORDER BY id LIMIT 1;
                IF NOT FOUND THEN
                    RETURN 0;
                END IF;
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
                -- Only committed rows are visible (and the caller's own); a transaction still open is linked later.
                FOR r IN SELECT * FROM audit_pending ORDER BY id LIMIT p_max LOOP
                    v_seq := v_seq + 1;
                    -- Times never run backwards along the chain.
                    v_at := greatest(r.occurred_at_utc, v_at);
                    -- 122 random bits (gen_random_uuid draws on the server's strong random source).
                    v_nonce := gen_random_uuid()::text;
                    v_digest := encode(sha256(convert_to(
                        '{"nonce":' || audit_json_string(v_nonce)
                            || ',"before":' || coalesce(r.before, 'null')
                            || ',"after":' || coalesce(r.after, 'null')
                            || ',"reason":' || audit_json_string(r.reason) || '}',
                        'UTF8')), 'hex');
                    v_next := encode(sha256(decode(v_hash, 'hex') || convert_to(
                        '{"v":2,"seq":' || v_seq
                            || ',"at":"' || to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '"'
                            || ',"actorId":' || audit_json_string(r.actor_id::text)
                            || ',"actorName":' || audit_json_string(r.actor_name)
                            || ',"actorRoles":' || r.actor_roles
                            || ',"unitId":' || audit_json_string(r.unit_id::text)
                            || ',"action":' || audit_json_string(r.action)
                            || ',"entityType":' || audit_json_string(r.entity_type)
                            || ',"entityId":' || audit_json_string(r.entity_id)
                            || ',"payloadDigest":"' || v_digest || '"'
                            || ',"requestId":' || audit_json_string(r.request_id)
                            || ',"clientAddress":' || audit_json_string(r.client_address) || '}',
                        'UTF8')), 'hex');
                    INSERT INTO audit_entries (sequence, occurred_at_utc, actor_id, actor_name, actor_roles, unit_id,
                        action, entity_type, entity_id, before, after, reason, request_id, client_address, prev_hash, hash,
                        hash_version, payload_digest, payload_nonce)
                    VALUES (v_seq, v_at, r.actor_id, r.actor_name, r.actor_roles, r.unit_id, r.action,
                        r.entity_type, r.entity_id, r.before, r.after, r.reason, r.request_id,
                        r.client_address, v_hash, v_next, 2, v_digest, v_nonce);
                    v_hash := v_next;
                    v_ids := v_ids || r.id;
                END LOOP;
                DELETE FROM audit_pending WHERE id = ANY (v_ids);
                RETURN cardinality(v_ids);
            END
            $$;

            -- Append-only, with one exception: the redaction of a version 2 entry's payload, once, recorded by a later
            -- audit.redact entry that names it. Any other UPDATE, and every DELETE, is refused for every role.
            CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                c_tombstone CONSTANT text[] := ARRAY['before', 'after', 'reason', 'payload_nonce',
                    'redacted_at_utc', 'redacted_by', 'redaction_reason', 'redaction_sequence'];
            BEGIN
                IF TG_OP = 'UPDATE'
                    AND OLD.hash_version = 2 AND OLD.redacted_at_utc IS NULL
                    AND NEW.before IS NULL AND NEW.after IS NULL AND NEW.reason IS NULL AND NEW.payload_nonce IS NULL
                    AND NEW.redacted_at_utc IS NOT NULL
                    AND coalesce(btrim(NEW.redacted_by), '') <> '' AND coalesce(btrim(NEW.redaction_reason), '') <> ''
                    AND to_jsonb(NEW) - c_tombstone = to_jsonb(OLD) - c_tombstone
                    AND EXISTS (SELECT 1 FROM audit_entries r
                        WHERE r.sequence = NEW.redaction_sequence AND r.sequence > OLD.sequence
                            AND r.action = 'audit.redact' AND r.entity_type = 'AuditEntry' AND r.entity_id = OLD.sequence::text)
                THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'the audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege',
                        HINT = 'Only a recorded redaction of a version 2 payload (audit_redact) may change an entry; archiving follows docs/audit.md.';
            END
            $$;
            DROP TRIGGER audit_entries_append_only ON audit_entries;
            CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
                FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();

            -- The one way to redact. Called in the transaction that staged the audit.redact entry naming the
            -- sequence: links the chain (that entry included) under the chain lock, which it then holds until commit,
            -- and turns the entry into a tombstone that points at that record. Returns the record's sequence.
            CREATE FUNCTION audit_redact(p_sequence bigint, p_redacted_at timestamptz, p_redacted_by text, p_reason text)
            RETURNS bigint
            LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
            DECLARE
                v_head bigint;
                v_record bigint;
            BEGIN
                SELECT coalesce(max(sequence), 0) INTO v_head FROM audit_entries;
                PERFORM audit_link(2147483647);
                SELECT sequence INTO v_record FROM audit_entries
                    WHERE sequence > v_head AND action = 'audit.redact' AND entity_type = 'AuditEntry'
                        AND entity_id = p_sequence::text
                    ORDER BY sequence DESC LIMIT 1;
                IF v_record IS NULL THEN
                    RAISE EXCEPTION 'a redaction must be recorded: stage its audit.redact entry in the same transaction'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                UPDATE audit_entries SET before = NULL, after = NULL, reason = NULL, payload_nonce = NULL,
                    redacted_at_utc = p_redacted_at, redacted_by = p_redacted_by, redaction_reason = p_reason,
                    redaction_sequence = v_record
                    WHERE sequence = p_sequence;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'audit entry % does not exist', p_sequence USING ERRCODE = 'no_data_found';
                END IF;
                RETURN v_record;
            END
            $$;
            -- EXECUTE stays with PUBLIC, as for audit_link: a redaction cannot happen without its chained record.
            """;

        /// <summary>Back to version 1 linking; refused once version 2 entries exist (their digests would be lost).</summary>
        internal const string DownSql = """
            DO $$
            BEGIN
                IF EXISTS (SELECT 1 FROM audit_entries WHERE hash_version <> 1) THEN
                    RAISE EXCEPTION 'version 2 audit entries exist; reverting would make them unverifiable';
                END IF;
            END
            $$;
            DROP FUNCTION IF EXISTS audit_redact(bigint, timestamptz, text, text);
            DROP TRIGGER audit_entries_append_only ON audit_entries;
            CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
                FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only();
            DROP FUNCTION IF EXISTS audit_entries_append_only();
            ALTER TABLE audit_entries DROP CONSTRAINT IF EXISTS ck_audit_entries_hash_version;
            DROP FUNCTION IF EXISTS audit_json_string(text);
            """;
    }
}
