using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <summary>
    /// The linking trigger links all staged rows of a transaction at its first firing, under one head read
    /// (it read the head once per row before). No model change, so no designer file; hand-written.
    /// </summary>
    [DbContext(typeof(PostgresAppDbContext))]
    [Migration("20261126021000_AuditLinkPerTransaction")]
    public partial class AuditLinkPerTransaction : Migration
    {
        /// <summary>The linking trigger function as this migration leaves it (restored by AuditLinkAfterCommit.Down).</summary>
        internal const string LinkPendingFunction = """
                CREATE OR REPLACE FUNCTION audit_link_pending() RETURNS trigger
                LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
                DECLARE
                    v_seq bigint;
                    v_hash text;
                    v_at timestamptz;
                    v_next text;
                    v_ids bigint[] := '{}';
                    r record;
                BEGIN
                    -- The first firing of a transaction links all its staged rows (the lowest id fires
                    -- first); later firings find their row already gone.
                    PERFORM 1 FROM audit_pending WHERE id = NEW.id;
                    IF NOT FOUND THEN
                        RETURN NULL;
                    END IF;
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
                    -- Other transactions' staged rows are invisible here: uncommitted, or deleted before commit.
                    FOR r IN SELECT * FROM audit_pending WHERE id >= NEW.id ORDER BY id LOOP
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
                    RETURN NULL;
                END
                $$;
                """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(LinkPendingFunction);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_link_pending() RETURNS trigger
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
                """);
        }
    }
}
