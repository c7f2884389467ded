namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres;

/// <summary>
/// The database guards the draw and the audit trail even from the application's own role (issue 11 §3, docs/draws.md
/// "What the database guarantees", docs/audit.md "Who can do what"), part of migration Initial (ADR 12). Every function
/// that reads a table pins its search path (pg_temp last), so a temporary table of the caller can never stand in for a
/// real one.
/// </summary>
internal static class DrawGuards
{
    /// <summary>
    /// Sealed rows append-only, the draw's state machine, the result check at commit, the reveal check, no TRUNCATE, and
    /// the snapshots' storage.
    /// </summary>
    public const string Create = """
        -- Sealed means sealed (§4.2.2): what a draw published and sealed is never rewritten or deleted, whatever the
        -- application does.
        CREATE FUNCTION refuse_sealed_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'sealed draw rows are append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
        END $$;

        CREATE TRIGGER draw_snapshots_append_only BEFORE UPDATE OR DELETE ON draw_snapshots FOR EACH ROW EXECUTE FUNCTION refuse_sealed_change();
        CREATE TRIGGER draw_group_members_append_only BEFORE UPDATE OR DELETE ON draw_group_members FOR EACH ROW EXECUTE FUNCTION refuse_sealed_change();
        CREATE TRIGGER draw_selections_append_only BEFORE UPDATE OR DELETE ON draw_selections FOR EACH ROW EXECUTE FUNCTION refuse_sealed_change();
        CREATE TRIGGER drawn_targets_by_year_append_only BEFORE UPDATE OR DELETE ON drawn_targets_by_year FOR EACH ROW EXECUTE FUNCTION refuse_sealed_change();
        CREATE TRIGGER draws_no_delete BEFORE DELETE ON draws FOR EACH ROW EXECUTE FUNCTION refuse_sealed_change();

        -- hex(H(all lines, each ending in '\n')), DR1 §9 (ResultLines.Digest): an empty result is the digest of nothing.
        CREATE FUNCTION dr1_result_digest(p_lines text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
          SELECT encode(sha256(convert_to(CASE WHEN p_lines = '' THEN '' ELSE p_lines || E'\n' END, 'UTF8')), 'hex')
        $$;

        -- C = hex(H("DR1/commit" ‖ s)) over the 32 bytes of s (Dr1Hashes.Commitment); s is stored as 64 lower-case hex digits.
        CREATE FUNCTION dr1_commitment(p_secret_hex text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
          SELECT CASE WHEN p_secret_hex ~ '^[0-9a-f]{64}$'
                      THEN encode(sha256(convert_to('DR1/commit', 'UTF8') || decode(p_secret_hex, 'hex')), 'hex') END
        $$;

        -- A draw is born prepared: nothing of an execution or a reveal may be inserted with it.
        CREATE FUNCTION guard_draw_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.status IS DISTINCT FROM 'Prepared' OR NEW.entropy IS NOT NULL OR NEW.entropy_digest IS NOT NULL
             OR NEW.result_lines IS NOT NULL OR NEW.result_digest IS NOT NULL OR NEW.failure IS NOT NULL
             OR NEW.failure_detail IS NOT NULL OR NEW.executed_by IS NOT NULL OR NEW.supervised_by IS NOT NULL
             OR NEW.executed_at_utc IS NOT NULL OR NEW.revealed_secret IS NOT NULL OR NEW.revealed_at_utc IS NOT NULL THEN
            RAISE EXCEPTION 'draw % is created prepared, with nothing executed or revealed', NEW.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER draws_insert_prepared BEFORE INSERT ON draws FOR EACH ROW EXECUTE FUNCTION guard_draw_insert();

        CREATE FUNCTION guard_draw_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          -- What was published at prepare never changes.
          IF NEW.parameters_json IS DISTINCT FROM OLD.parameters_json OR NEW.params_digest IS DISTINCT FROM OLD.params_digest
             OR NEW.targets_root IS DISTINCT FROM OLD.targets_root OR NEW.officers_root IS DISTINCT FROM OLD.officers_root
             OR NEW.recusals_root IS DISTINCT FROM OLD.recusals_root OR NEW.strata_sizes IS DISTINCT FROM OLD.strata_sizes
             OR NEW.commitment IS DISTINCT FROM OLD.commitment OR NEW.encrypted_secret IS DISTINCT FROM OLD.encrypted_secret
             OR NEW.task_id IS DISTINCT FROM OLD.task_id OR NEW.year IS DISTINCT FROM OLD.year OR NEW.draw_date IS DISTINCT FROM OLD.draw_date
             OR NEW.allow_overlap IS DISTINCT FROM OLD.allow_overlap OR NEW.id IS DISTINCT FROM OLD.id THEN
            RAISE EXCEPTION 'the commitment of draw % is published and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          -- The state machine: Prepared → Sealed | Failed, and nothing else.
          IF NEW.status IS NULL OR NEW.status NOT IN ('Prepared', 'Sealed', 'Failed')
             OR (OLD.status <> 'Prepared' AND NEW.status IS DISTINCT FROM OLD.status) THEN
            RAISE EXCEPTION 'draw %: % → % is not a transition of a draw', OLD.id, OLD.status, NEW.status USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          -- A prepared draw carries nothing of an execution or a reveal.
          IF NEW.status = 'Prepared' AND (NEW.entropy IS NOT NULL OR NEW.entropy_digest IS NOT NULL OR NEW.result_lines IS NOT NULL
             OR NEW.result_digest IS NOT NULL OR NEW.failure IS NOT NULL OR NEW.failure_detail IS NOT NULL OR NEW.executed_by IS NOT NULL
             OR NEW.supervised_by IS NOT NULL OR NEW.executed_at_utc IS NOT NULL OR NEW.revealed_secret IS NOT NULL
             OR NEW.revealed_at_utc IS NOT NULL) THEN
            RAISE EXCEPTION 'draw % is not executed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          -- The execution writes all of it at once, each digest the digest of what it digests. Its rows are checked at
          -- COMMIT (draw_verify_at_commit): they are written in the same transaction.
          IF OLD.status = 'Prepared' AND NEW.status <> 'Prepared' AND (NEW.entropy IS NULL OR NEW.executed_by IS NULL
             OR NEW.supervised_by IS NULL OR NEW.executed_at_utc IS NULL OR NEW.result_lines IS NULL
             OR NEW.entropy_digest IS DISTINCT FROM encode(sha256(convert_to(NEW.entropy, 'UTF8')), 'hex')
             OR NEW.result_digest IS DISTINCT FROM dr1_result_digest(NEW.result_lines)
             OR (NEW.status = 'Failed') <> (NEW.failure IS NOT NULL)
             OR NEW.revealed_secret IS NOT NULL OR NEW.revealed_at_utc IS NOT NULL) THEN
            RAISE EXCEPTION 'draw %: an execution records its entropy, its result lines and their digests together', OLD.id
              USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          -- What was sealed at execution never changes.
          IF OLD.status <> 'Prepared' AND (NEW.entropy IS DISTINCT FROM OLD.entropy
             OR NEW.entropy_digest IS DISTINCT FROM OLD.entropy_digest OR NEW.result_lines IS DISTINCT FROM OLD.result_lines
             OR NEW.result_digest IS DISTINCT FROM OLD.result_digest OR NEW.failure IS DISTINCT FROM OLD.failure
             OR NEW.failure_detail IS DISTINCT FROM OLD.failure_detail OR NEW.executed_by IS DISTINCT FROM OLD.executed_by
             OR NEW.supervised_by IS DISTINCT FROM OLD.supervised_by OR NEW.executed_at_utc IS DISTINCT FROM OLD.executed_at_utc) THEN
            RAISE EXCEPTION 'draw % is sealed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          -- The reveal: once, s and its time together, and only the s of the published commitment.
          IF (OLD.revealed_secret IS NOT NULL OR OLD.revealed_at_utc IS NOT NULL)
             AND (NEW.revealed_secret IS DISTINCT FROM OLD.revealed_secret OR NEW.revealed_at_utc IS DISTINCT FROM OLD.revealed_at_utc) THEN
            RAISE EXCEPTION 'draw % is already revealed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          IF (NEW.revealed_secret IS DISTINCT FROM OLD.revealed_secret OR NEW.revealed_at_utc IS DISTINCT FROM OLD.revealed_at_utc)
             AND (NEW.revealed_secret IS NULL OR NEW.revealed_at_utc IS NULL
                  OR dr1_commitment(NEW.revealed_secret) IS DISTINCT FROM NEW.commitment) THEN
            RAISE EXCEPTION 'draw %: the revealed secret does not match the published commitment', OLD.id
              USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER draws_sealed BEFORE UPDATE ON draws FOR EACH ROW EXECUTE FUNCTION guard_draw_update();

        -- At COMMIT: a draw that changed state did so with its audit entry, and its rows are its result.
        CREATE FUNCTION draw_verify_at_commit() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
          d draws%ROWTYPE;
          v_groups text;
          v_selections text;
          v_n text;
          v_expected text;
        BEGIN
          SELECT * INTO d FROM draws WHERE id = NEW.id;
          -- The entry staged in this transaction is visible here until COMMIT (the linker sees committed rows only).
          IF NOT EXISTS (SELECT 1 FROM audit_pending WHERE entity_type = 'Draw' AND entity_id = d.id::text) THEN
            RAISE EXCEPTION 'draw % changed without its entry in the audit trail', d.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          IF d.status <> 'Sealed' THEN
            -- Prepared or failed: nothing was drawn, so there are no rows.
            IF EXISTS (SELECT 1 FROM draw_group_members WHERE draw_id = d.id) OR EXISTS (SELECT 1 FROM draw_selections WHERE draw_id = d.id)
               OR EXISTS (SELECT 1 FROM drawn_targets_by_year WHERE draw_id = d.id) THEN
              RAISE EXCEPTION 'draw % is % and has no result rows', d.id, lower(d.status) USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            RETURN NULL;
          END IF;
          -- Sealed: the G and S lines (DR1 §9, ResultLines.Build) are rebuilt from the rows; the N lines are taken from the
          -- stored lines and must name the N_h and n_h published at prepare. Together they are the stored lines, and
          -- their digest the stored digest.
          SELECT string_agg(line, E'\n' ORDER BY group_number) INTO v_groups FROM (
            SELECT group_number, 'G|' || group_number || '|' || min(officer_number) FILTER (WHERE position = 0) || '|'
                   || coalesce(string_agg(officer_number, ',' ORDER BY position) FILTER (WHERE position > 0), '') AS line
            FROM draw_group_members WHERE draw_id = d.id GROUP BY group_number) g;
          SELECT string_agg('S|' || target_code || '|' || stratum || '|' || weight || '|' || encode(float8send(lambda), 'hex')
                   || '|' || coalesce(encode(float8send(q), 'hex'), '-') || '|' || coalesce(group_number::text, '-'),
                 E'\n' ORDER BY target_code COLLATE "C") INTO v_selections
            FROM draw_selections WHERE draw_id = d.id;
          SELECT string_agg(line, E'\n' ORDER BY n) INTO v_n
            FROM unnest(string_to_array(d.result_lines, E'\n')) WITH ORDINALITY AS l(line, n) WHERE line LIKE 'N|%';
          v_expected := concat_ws(E'\n', v_groups, v_selections, v_n);
          IF v_groups IS NULL OR v_expected IS DISTINCT FROM d.result_lines OR dr1_result_digest(v_expected) IS DISTINCT FROM d.result_digest THEN
            RAISE EXCEPTION 'draw %: its groups and drawn targets are not the sealed result lines', d.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          IF (SELECT string_agg(split_part(line, '|', 2) || '|' || split_part(line, '|', 3) || '|' || split_part(line, '|', 4), E'\n'
                                ORDER BY split_part(line, '|', 2) COLLATE "C")
              FROM unnest(string_to_array(v_n, E'\n')) AS l(line))
             IS DISTINCT FROM
             (SELECT string_agg(line, E'\n' ORDER BY split_part(line, '|', 1) COLLATE "C")
              FROM unnest(string_to_array(d.strata_sizes, E'\n')) AS l(line)) THEN
            RAISE EXCEPTION 'draw %: the sealed strata are not those published at prepare', d.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          -- A non-overlap draw claims exactly its drawn targets for its year; an overlapping one claims nothing.
          IF EXISTS (SELECT 1 FROM drawn_targets_by_year c WHERE c.draw_id = d.id
                       AND (d.allow_overlap OR c.year <> d.year
                            OR NOT EXISTS (SELECT 1 FROM draw_selections s WHERE s.draw_id = d.id AND s.target_code = c.target_code)))
             OR (NOT d.allow_overlap AND EXISTS (SELECT 1 FROM draw_selections s WHERE s.draw_id = d.id
                       AND NOT EXISTS (SELECT 1 FROM drawn_targets_by_year c WHERE c.year = d.year AND c.target_code = s.target_code AND c.draw_id = d.id))) THEN
            RAISE EXCEPTION 'draw %: the year''s claims are not its drawn targets', d.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER draws_created_at_commit AFTER INSERT ON draws
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION draw_verify_at_commit();
        CREATE CONSTRAINT TRIGGER draws_changed_at_commit AFTER UPDATE ON draws DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
          WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.revealed_secret IS DISTINCT FROM NEW.revealed_secret
                OR OLD.revealed_at_utc IS DISTINCT FROM NEW.revealed_at_utc)
          EXECUTE FUNCTION draw_verify_at_commit();

        -- Rows of a draw are added only to a prepared draw (its snapshots at prepare, its result at execution) ...
        CREATE FUNCTION draw_rows_for_prepared() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM added a LEFT JOIN draws d ON d.id = a.draw_id WHERE d.status IS DISTINCT FROM 'Prepared') THEN
            RAISE EXCEPTION 'rows are added to % only while their draw is prepared', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN NULL;
        END $$;
        -- ... and a result row only by the transaction that seals the draw: at COMMIT its draw is sealed.
        CREATE FUNCTION draw_row_sealed_at_commit() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM draws WHERE id = NEW.draw_id AND status = 'Sealed') THEN
            RAISE EXCEPTION 'a row of % is written only with the execution that seals draw %', TG_TABLE_NAME, NEW.draw_id
              USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN NULL;
        END $$;
        -- Snapshots: three rows per draw, checked one by one (a statement trigger would copy megabytes into its transition table).
        CREATE FUNCTION draw_snapshot_for_prepared() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM draws WHERE id = NEW.draw_id AND status = 'Prepared') THEN
            RAISE EXCEPTION 'rows are added to % only while their draw is prepared', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER draw_snapshots_for_prepared BEFORE INSERT ON draw_snapshots FOR EACH ROW EXECUTE FUNCTION draw_snapshot_for_prepared();
        CREATE TRIGGER draw_group_members_for_prepared AFTER INSERT ON draw_group_members REFERENCING NEW TABLE AS added
          FOR EACH STATEMENT EXECUTE FUNCTION draw_rows_for_prepared();
        CREATE TRIGGER draw_selections_for_prepared AFTER INSERT ON draw_selections REFERENCING NEW TABLE AS added
          FOR EACH STATEMENT EXECUTE FUNCTION draw_rows_for_prepared();
        CREATE TRIGGER drawn_targets_by_year_for_prepared AFTER INSERT ON drawn_targets_by_year REFERENCING NEW TABLE AS added
          FOR EACH STATEMENT EXECUTE FUNCTION draw_rows_for_prepared();
        CREATE CONSTRAINT TRIGGER draw_group_members_sealed_at_commit AFTER INSERT ON draw_group_members
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION draw_row_sealed_at_commit();
        CREATE CONSTRAINT TRIGGER draw_selections_sealed_at_commit AFTER INSERT ON draw_selections
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION draw_row_sealed_at_commit();
        CREATE CONSTRAINT TRIGGER drawn_targets_by_year_sealed_at_commit AFTER INSERT ON drawn_targets_by_year
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION draw_row_sealed_at_commit();

        -- TRUNCATE skips row triggers: refused outright on every sealed table, for every role (the owner and superusers
        -- included, until one of them disables the trigger or switches replication mode on purpose).
        CREATE TRIGGER draws_no_truncate BEFORE TRUNCATE ON draws FOR EACH STATEMENT EXECUTE FUNCTION refuse_sealed_change();
        CREATE TRIGGER draw_snapshots_no_truncate BEFORE TRUNCATE ON draw_snapshots FOR EACH STATEMENT EXECUTE FUNCTION refuse_sealed_change();
        CREATE TRIGGER draw_group_members_no_truncate BEFORE TRUNCATE ON draw_group_members FOR EACH STATEMENT EXECUTE FUNCTION refuse_sealed_change();
        CREATE TRIGGER draw_selections_no_truncate BEFORE TRUNCATE ON draw_selections FOR EACH STATEMENT EXECUTE FUNCTION refuse_sealed_change();
        CREATE TRIGGER drawn_targets_by_year_no_truncate BEFORE TRUNCATE ON drawn_targets_by_year FOR EACH STATEMENT EXECUTE FUNCTION refuse_sealed_change();
        -- Staged entries are the trail's too: emptying the staging table would lose committed changes' entries.
        CREATE TRIGGER audit_pending_no_truncate BEFORE TRUNCATE ON audit_pending FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_append_only();

        -- The gzip data does not compress further: stored out of line as is (no pglz attempt when a draw is prepared), and a
        -- slice of it (one gzip member, for the per-target check) is read without the rest.
        ALTER TABLE draw_snapshots ALTER COLUMN data SET STORAGE EXTERNAL;
        """;

    /// <summary>The functions <see cref="Create"/> made (the tables take their triggers with them).</summary>
    public const string Drop = """
        DROP FUNCTION IF EXISTS draw_snapshot_for_prepared();
        DROP FUNCTION IF EXISTS draw_row_sealed_at_commit();
        DROP FUNCTION IF EXISTS draw_rows_for_prepared();
        DROP FUNCTION IF EXISTS draw_verify_at_commit();
        DROP FUNCTION IF EXISTS guard_draw_update();
        DROP FUNCTION IF EXISTS guard_draw_insert();
        DROP FUNCTION IF EXISTS dr1_commitment(text);
        DROP FUNCTION IF EXISTS dr1_result_digest(text);
        DROP FUNCTION IF EXISTS refuse_sealed_change();
        """;
}
