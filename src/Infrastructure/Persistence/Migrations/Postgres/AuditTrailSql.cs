namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres;

/// <summary>
/// The audit trail's database side (docs/audit.md, ADR 5): append-only <c>audit_entries</c> and
/// <c>audit_checkpoints</c> for every role (only a recorded redaction of a version 2 payload may change an entry), the
/// staging table <c>audit_pending</c> written only through <c>audit_stage</c> (the actor comes from the transaction's
/// settings), and the owner's <c>audit_link</c> (hash version 2) and <c>audit_redact</c>. Every function that reads a
/// table pins its search path (pg_temp last). Part of migration Initial (ADR 12).
/// </summary>
internal static class AuditTrailSql
{
    /// <summary>The functions, triggers, staging table and checks, in creation order.</summary>
    public const string Create = """
        CREATE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege', HINT = 'Archiving follows docs/audit.md (rotation with checkpoints).';
        END
        $$;
        CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
            FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_append_only();
        CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
            FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only();
        CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
            FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_append_only();

        -- Staged entries, linked into the chain right after their transaction commits by audit_link (ADR 5): a staged
        -- row outlives its transaction until the linker takes it, so the table is logged (it survives a crash).
        CREATE TABLE audit_pending (
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
        -- A staged row the chain would refuse must be refused when it is staged, with its own transaction:
        -- linking always starts with the oldest row, so one unlinkable row would halt the chain.
        ALTER TABLE audit_pending
            ADD CONSTRAINT ck_audit_pending_linkable CHECK (
                isfinite(occurred_at_utc)
                AND char_length(actor_name) <= 100 AND char_length(actor_roles) <= 1000
                AND char_length(action) <= 64 AND char_length(entity_type) <= 100
                AND char_length(entity_id) <= 200 AND coalesce(char_length(reason), 0) <= 500
                AND coalesce(char_length(request_id), 0) <= 100 AND coalesce(char_length(client_address), 0) <= 64);

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
        CREATE FUNCTION audit_link(p_max integer DEFAULT 10000) RETURNS integer
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

        CREATE FUNCTION audit_stage(p_occurred_at timestamptz, p_actions text[], p_entity_types text[], p_entity_ids text[],
            p_befores text[], p_afters text[], p_reasons text[], p_tails text[]) RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
            v_actor_id uuid := nullif(current_setting('doublerandom.actor_id', true), '')::uuid;
            v_name text := nullif(current_setting('doublerandom.actor_name', true), '');
            v_roles text := nullif(current_setting('doublerandom.actor_roles', true), '');
            v_unit_id uuid := nullif(current_setting('doublerandom.actor_unit_id', true), '')::uuid;
            v_request_id text := nullif(current_setting('doublerandom.request_id', true), '');
            v_client text := nullif(current_setting('doublerandom.client_address', true), '');
            v_count integer := coalesce(cardinality(p_actions), 0);
            v_head text;
            v_foot text;
        BEGIN
            IF v_name IS NULL OR v_roles IS NULL OR jsonb_typeof(v_roles::jsonb) IS DISTINCT FROM 'array' THEN
                RAISE EXCEPTION 'no actor is set for this transaction (doublerandom.actor_name, doublerandom.actor_roles)'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF coalesce(cardinality(p_entity_types), 0) <> v_count OR coalesce(cardinality(p_entity_ids), 0) <> v_count
               OR coalesce(cardinality(p_befores), 0) <> v_count OR coalesce(cardinality(p_afters), 0) <> v_count
               OR coalesce(cardinality(p_reasons), 0) <> v_count OR coalesce(cardinality(p_tails), 0) <> v_count THEN
                RAISE EXCEPTION 'audit_stage takes arrays of one length' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            -- The canonical form's actor members (docs/audit.md; to_json escapes strings exactly as CanonicalJson does).
            v_head := ',"actorId":' || coalesce(to_json(v_actor_id::text)::text, 'null') || ',"actorName":' || to_json(v_name)::text
                || ',"actorRoles":' || v_roles || ',"unitId":' || coalesce(to_json(v_unit_id::text)::text, 'null') || ',';
            v_foot := ',"requestId":' || coalesce(to_json(v_request_id)::text, 'null')
                || ',"clientAddress":' || coalesce(to_json(v_client)::text, 'null') || '}';
            IF EXISTS (SELECT 1 FROM unnest(p_tails) t WHERE t IS NULL OR left(t, length(v_head)) <> v_head OR right(t, length(v_foot)) <> v_foot) THEN
                RAISE EXCEPTION 'a staged entry names another actor than the transaction''s' USING ERRCODE = 'insufficient_privilege';
            END IF;
            INSERT INTO audit_pending (occurred_at_utc, actor_id, actor_name, actor_roles, unit_id, request_id, client_address,
                action, entity_type, entity_id, before, after, reason, tail)
            SELECT p_occurred_at, v_actor_id, v_name, v_roles, v_unit_id, v_request_id, v_client,
                u.action, u.entity_type, u.entity_id, u.before, u.after, u.reason, u.tail
            FROM unnest(p_actions, p_entity_types, p_entity_ids, p_befores, p_afters, p_reasons, p_tails)
                WITH ORDINALITY AS u(action, entity_type, entity_id, before, after, reason, tail, n)
            ORDER BY u.n;
            RETURN v_count;
        END
        $$;
        -- Only the roles granted it (scripts/audit-app-role.sql) and the owner stage entries.
        REVOKE ALL ON FUNCTION audit_stage(timestamptz, text[], text[], text[], text[], text[], text[], text[]) FROM PUBLIC;
        """;

    /// <summary>What <see cref="Create"/> made and the tables do not take with them.</summary>
    public const string Drop = """
        DROP FUNCTION IF EXISTS audit_stage(timestamptz, text[], text[], text[], text[], text[], text[], text[]);
        DROP FUNCTION IF EXISTS audit_redact(bigint, timestamptz, text, text);
        DROP FUNCTION IF EXISTS audit_link(integer);
        DROP FUNCTION IF EXISTS audit_json_string(text);
        DROP TABLE IF EXISTS audit_pending;
        DROP FUNCTION IF EXISTS audit_entries_append_only();
        DROP FUNCTION IF EXISTS audit_trail_append_only();
        """;
}
