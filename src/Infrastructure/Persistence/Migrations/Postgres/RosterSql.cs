namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres;

/// <summary>
/// The rosters' database side (docs/rosters.md): the trigram index of target names, bytewise ("C") target codes, and
/// the owner functions through which the application role drops and rebuilds the indexes of <c>targets</c> for a first
/// load (SECURITY DEFINER, <c>search_path</c> pinned, EXECUTE only for the roles scripts/audit-app-role.sql grants it).
/// They save each definition as PostgreSQL reports it into <c>roster_dropped_indexes</c> (no privilege for the
/// application role) and recreate only what they saved; the caller never passes DDL. A deferred trigger refuses to
/// commit a transaction whose dropped indexes were not restored, so a load stays all or nothing. Part of migration
/// Initial (ADR 12).
/// </summary>
internal static class RosterSql
{
    /// <summary>The extension, index, collation, table, trigger and functions, in creation order.</summary>
    public const string Create = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;

        -- Name search ("contains") is served by a trigram index. Codes compare bytewise ("C"): they are ASCII
        -- identifiers, and under "C" a prefix LIKE is served by the unique btree, with no second (costly) index to
        -- maintain during bulk imports. Department and tag filters scan: a few hundred ms at a million rows.
        CREATE INDEX ix_targets_name_trgm ON targets USING gin (name gin_trgm_ops);
        ALTER TABLE targets ALTER COLUMN code TYPE character varying(64) COLLATE "C";

        CREATE TABLE roster_dropped_indexes (
            transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
            rebuild_order integer NOT NULL,
            name text NOT NULL,
            definition text NOT NULL,
            PRIMARY KEY (transaction_id, name)
        );
        REVOKE ALL ON roster_dropped_indexes FROM PUBLIC;

        -- At COMMIT: every index dropped in the transaction has been rebuilt (its saved row deleted).
        CREATE FUNCTION roster_dropped_indexes_restored() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM roster_dropped_indexes WHERE transaction_id = NEW.transaction_id AND name = NEW.name) THEN
                RAISE EXCEPTION 'index % of targets was dropped for a bulk load and not restored', NEW.name
                    USING ERRCODE = 'object_not_in_prerequisite_state';
            END IF;
            RETURN NULL;
        END
        $$;
        CREATE CONSTRAINT TRIGGER roster_dropped_indexes_restored AFTER INSERT ON roster_dropped_indexes
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION roster_dropped_indexes_restored();

        -- Drops the indexes of targets that back no constraint (the unique code index only with p_keys) and, with
        -- p_keys, the primary key unless a foreign key references it. Returns what awaits rebuilding in this
        -- transaction, in rebuild order: the code index, the primary key, then the others by name.
        CREATE FUNCTION roster_targets_drop_indexes(p_keys boolean) RETURNS SETOF text
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE
            r record;
        BEGIN
            FOR r IN
                SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
                FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                WHERE x.indrelid = 'public.targets'::regclass
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
                  AND (p_keys OR i.relname <> 'ix_targets_code')
            LOOP
                INSERT INTO roster_dropped_indexes (rebuild_order, name, definition)
                VALUES (CASE WHEN r.name = 'ix_targets_code' THEN 1 ELSE 3 END, r.name, r.definition);
                EXECUTE format('DROP INDEX public.%I', r.name);
            END LOOP;
            IF p_keys THEN
                FOR r IN
                    SELECT c.conname AS name, pg_get_constraintdef(c.oid) AS definition FROM pg_constraint c
                    WHERE c.conrelid = 'public.targets'::regclass AND c.contype = 'p'
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.confrelid = 'public.targets'::regclass AND f.contype = 'f')
                LOOP
                    INSERT INTO roster_dropped_indexes (rebuild_order, name, definition)
                    VALUES (2, r.name, format('ALTER TABLE public.targets ADD CONSTRAINT %I %s', r.name, r.definition));
                    EXECUTE format('ALTER TABLE public.targets DROP CONSTRAINT %I', r.name);
                END LOOP;
            END IF;
            RETURN QUERY SELECT d.name FROM roster_dropped_indexes d
                WHERE d.transaction_id = pg_current_xact_id() ORDER BY d.rebuild_order, d.name;
        END
        $$;
        REVOKE ALL ON FUNCTION roster_targets_drop_indexes(boolean) FROM PUBLIC;

        -- Rebuilds what roster_targets_drop_indexes dropped in this transaction (only p_name, when given), in order;
        -- returns how many. B-tree builds use parallel workers (max_parallel_maintenance_workers).
        CREATE FUNCTION roster_targets_restore_indexes(p_name text DEFAULT NULL) RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
        SET maintenance_work_mem = '256MB' AS $$
        DECLARE
            r record;
            v_count integer := 0;
        BEGIN
            FOR r IN
                SELECT d.name, d.definition FROM roster_dropped_indexes d
                WHERE d.transaction_id = pg_current_xact_id() AND (p_name IS NULL OR d.name = p_name)
                ORDER BY d.rebuild_order, d.name
            LOOP
                EXECUTE r.definition;
                DELETE FROM roster_dropped_indexes d WHERE d.transaction_id = pg_current_xact_id() AND d.name = r.name;
                v_count := v_count + 1;
            END LOOP;
            RETURN v_count;
        END
        $$;
        REVOKE ALL ON FUNCTION roster_targets_restore_indexes(text) FROM PUBLIC;

        -- Fresh statistics after a large load: ANALYZE needs the table's owner (for anyone else PostgreSQL only
        -- warns and skips it, and the planner leaves the indexes until autovacuum catches up).
        CREATE FUNCTION roster_targets_analyze() RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            ANALYZE targets;
        END
        $$;
        REVOKE ALL ON FUNCTION roster_targets_analyze() FROM PUBLIC;
        """;

    /// <summary>What <see cref="Create"/> made and the tables do not take with them.</summary>
    public const string Drop = """
        DROP FUNCTION IF EXISTS roster_targets_analyze();
        DROP FUNCTION IF EXISTS roster_targets_restore_indexes(text);
        DROP FUNCTION IF EXISTS roster_targets_drop_indexes(boolean);
        DROP TABLE IF EXISTS roster_dropped_indexes;
        DROP FUNCTION IF EXISTS roster_dropped_indexes_restored();
        """;
}
