using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <summary>
    /// Entries are linked into the chain right after their transaction commits, in batches, instead of inside
    /// it (ADR 5, docs/audit.md "Linking"). The staged rows therefore have to survive a crash (the table
    /// becomes logged), the deferred trigger goes, and <c>audit_link(max)</c> links every committed staged
    /// row under the chain lock in one transaction of its own. No model change, so no designer file.
    /// </summary>
    [DbContext(typeof(PostgresAppDbContext))]
    [Migration("20261126030000_AuditLinkAfterCommit")]
    public partial class AuditLinkAfterCommit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_pending_link ON audit_pending;
                DROP FUNCTION IF EXISTS audit_link_pending();
                -- A staged row now outlives its transaction until the linker takes it: it must survive a crash.
                ALTER TABLE audit_pending SET LOGGED;
                -- A staged row the chain would refuse must be refused when it is staged, with its own transaction:
                -- linking always starts with the oldest row, so one unlinkable row would halt the chain.
                ALTER TABLE audit_pending
                    ADD CONSTRAINT ck_audit_pending_linkable CHECK (
                        isfinite(occurred_at_utc)
                        AND char_length(actor_name) <= 100 AND char_length(actor_roles) <= 1000
                        AND char_length(action) <= 64 AND char_length(entity_type) <= 100
                        AND char_length(entity_id) <= 200 AND coalesce(char_length(reason), 0) <= 500
                        AND coalesce(char_length(request_id), 0) <= 100 AND coalesce(char_length(client_address), 0) <= 64);
                """);
            migrationBuilder.Sql(LinkFunction);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Stop staging, link whatever is staged, then restore the old scheme: nothing is stranded.
            migrationBuilder.Sql("""
                LOCK TABLE audit_pending IN ACCESS EXCLUSIVE MODE;
                SELECT audit_link(2147483647);
                DROP FUNCTION IF EXISTS audit_link(integer);
                ALTER TABLE audit_pending DROP CONSTRAINT IF EXISTS ck_audit_pending_linkable;
                ALTER TABLE audit_pending SET UNLOGGED;
                """);
            migrationBuilder.Sql(AuditLinkPerTransaction.LinkPendingFunction);
            migrationBuilder.Sql("""
                CREATE CONSTRAINT TRIGGER audit_pending_link AFTER INSERT ON audit_pending
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_link_pending();
                """);
        }

        /// <summary>
        /// Version 1 linking (the staged tail, prefixed and hashed). Also what migration AuditPayloadDigest restores on Down.
        /// </summary>
        internal const string LinkFunction = """
            -- Links up to p_max committed staged rows, oldest first, and returns how many. One caller at a
            -- time (the chain lock); callers that queue behind it find the rows it took already gone. The
            -- head read and the staged-row read each take their snapshot after the lock is granted, so they
            -- see everything the previous holder linked and every transaction committed before this call.
            CREATE OR REPLACE FUNCTION audit_link(p_max integer DEFAULT 10000) RETURNS integer
            LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
            DECLARE
                v_seq bigint;
                v_hash text;
                v_at timestamptz;
                v_next text;
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
                -- Only committed rows are visible; a transaction still open is linked by a later call.
                FOR r IN SELECT * FROM audit_pending ORDER BY id LIMIT p_max LOOP
                    v_seq := v_seq + 1;
                    -- Times never run backwards along the chain.
                    v_at := greatest(r.occurred_at_utc, v_at);
                    v_next := encode(sha256(decode(v_hash, 'hex') || convert_to(
                        '{"v":1,"seq":' || v_seq || ',"at":"'
                            || to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '"' || r.tail,
                        'UTF8')), 'hex');
                    INSERT INTO audit_entries (sequence, occurred_at_utc, actor_id, actor_name, actor_roles, unit_id,
                        action, entity_type, entity_id, before, after, reason, request_id, client_address, prev_hash, hash)
                    VALUES (v_seq, v_at, r.actor_id, r.actor_name, r.actor_roles, r.unit_id, r.action,
                        r.entity_type, r.entity_id, r.before, r.after, r.reason, r.request_id,
                        r.client_address, v_hash, v_next);
                    v_hash := v_next;
                    v_ids := v_ids || r.id;
                END LOOP;
                DELETE FROM audit_pending WHERE id = ANY (v_ids);
                RETURN cardinality(v_ids);
            END
            $$;
            -- EXECUTE stays with PUBLIC: linking only moves what is staged; nobody but the owner writes entries.
            """;
    }
}
