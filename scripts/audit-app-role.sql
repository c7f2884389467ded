-- The application's database role on PostgreSQL: exactly what the service needs, nothing more. It reads and writes
-- the business tables, appends to the draw's sealed tables and to the audit trail, and can change or remove neither
-- (docs/audit.md, "Who can do what"). The owner role runs migrations and this script; the service connects as
-- doublerandom_app with Database:MigrateOnStartup=false.
--
--   dotnet run --project src/Api -- migrate                      (as the owner)
--   psql "host=… dbname=doublerandom user=<owner>" -f scripts/audit-app-role.sql
--   psql … -c "ALTER ROLE doublerandom_app PASSWORD '…'"
--
-- Idempotent: run it again after every migration (the grants below are re-applied to the tables that exist; ALTER
-- DEFAULT PRIVILEGES covers tables the same owner creates later, but not the revocations a new sealed table needs).
-- The integration tests run it after migrating every test database and serve as this role.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'doublerandom_app') THEN
        CREATE ROLE doublerandom_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION;
    END IF;
EXCEPTION
    -- Another session created it at the same moment (roles are cluster-wide; the tests migrate databases in parallel).
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT USAGE ON SCHEMA public TO doublerandom_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO doublerandom_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO doublerandom_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO doublerandom_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO doublerandom_app;

-- The migrations history is the owner's business.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON __ef_migrations_history FROM doublerandom_app;

-- The audit trail: read only. The service stages entries only through the owner's audit_stage() (SECURITY DEFINER),
-- which takes the actor from the transaction's settings; the owner's audit_link() (EXECUTE for PUBLIC) links them
-- into audit_entries; the owner's audit_redact() (EXECUTE for PUBLIC) is its only way to redact a payload, and only
-- with the chained record of the redaction. No privilege at all on the staging table. Without ownership the role cannot disable triggers.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_entries FROM doublerandom_app;
REVOKE ALL ON audit_pending FROM doublerandom_app;
GRANT EXECUTE ON FUNCTION audit_stage(timestamptz, text[], text[], text[], text[], text[], text[], text[]) TO doublerandom_app;
-- Checkpoints are recorded by the administrator during rotation, never by the service.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_checkpoints FROM doublerandom_app;

-- A draw's sealed rows are only ever added (triggers refuse the rest for every role; the role does not even hold the
-- privilege). A draw row is updated by its execution and its reveal, never deleted.
REVOKE UPDATE, DELETE, TRUNCATE ON draw_snapshots, draw_group_members, draw_selections, drawn_targets_by_year FROM doublerandom_app;
REVOKE DELETE, TRUNCATE ON draws FROM doublerandom_app;

-- A first load of targets drops its indexes and builds them once; that takes the table's owner. The role does it only
-- through the owner's two functions (SECURITY DEFINER), which recreate only the definitions they saved themselves in
-- roster_dropped_indexes (no privilege on it) and refuse a commit that leaves an index dropped (docs/rosters.md).
REVOKE ALL ON roster_dropped_indexes FROM doublerandom_app;
GRANT EXECUTE ON FUNCTION roster_targets_drop_indexes(boolean), roster_targets_restore_indexes(text), roster_targets_analyze()
  TO doublerandom_app;

-- Inspections (docs/inspections.md): a record is revised, never deleted (its item results and witnesses are replaced
-- with it); a result category is retired, never deleted (records keep the code they were written with).
REVOKE DELETE, TRUNCATE ON inspection_records, result_categories FROM doublerandom_app;

-- Summary sign-off (docs/inspections.md, ADR 0019): a signature is written once and kept as the trail of what was
-- signed; a later change makes it non-current by its hash, never by changing or deleting the row.
REVOKE UPDATE, DELETE, TRUNCATE ON summary_signatures FROM doublerandom_app;

-- Corrections (docs/after-inspection.md, ADR 0023): a correction is asked for and decided, never deleted; a kept
-- version of a record's results is written once and never changed — the original stays visible.
REVOKE DELETE, TRUNCATE ON record_corrections, record_correction_items FROM doublerandom_app;
REVOKE UPDATE, DELETE, TRUNCATE ON inspection_record_versions, inspection_record_version_items FROM doublerandom_app;

-- Past inspection results (docs/demo-data.md, ADR 0021): imported or simulated history is added and, by a
-- re-import of the same target, day and item, corrected; never deleted by the service.
REVOKE DELETE, TRUNCATE ON inspection_outcomes FROM doublerandom_app;

-- Follow-up (docs/after-inspection.md, ADR 0022): a follow-up is moved on, never deleted; its history rows are only
-- ever added (one per step).
REVOKE DELETE, TRUNCATE ON follow_ups FROM doublerandom_app;
REVOKE UPDATE, DELETE, TRUNCATE ON follow_up_events FROM doublerandom_app;
-- A task's electronic archive (ADR 0026) is written once, with the archiving, and never changed or removed.
REVOKE UPDATE, DELETE, TRUNCATE ON task_archives FROM doublerandom_app;
-- The risk model registry (ADR 0029): a version is written once by its training and never removed; only its
-- activation changes it (the three activation columns), so its metrics, feature fingerprint and the SHA-256 of its file
-- stay as trained. Its model file is written once and never changed or removed. Risk jobs are moved on, never deleted.
REVOKE UPDATE, DELETE, TRUNCATE ON risk_models FROM doublerandom_app;
GRANT UPDATE (is_active, activated_at_utc, activated_by) ON risk_models TO doublerandom_app;
REVOKE UPDATE, DELETE, TRUNCATE ON risk_model_files FROM doublerandom_app;
REVOKE DELETE, TRUNCATE ON risk_jobs FROM doublerandom_app;
-- Risk scoring (docs/risk-model.md §5, ADR 0030): a scoring's record (its counts per tier move: the operation's one audit
-- entry) is written once and never changed; the cut-off setting is changed in place; the explanations of the last
-- scoring are replaced by the next one (DELETE kept for that, TRUNCATE not).
REVOKE UPDATE, DELETE, TRUNCATE ON risk_rescores FROM doublerandom_app;
REVOKE DELETE, TRUNCATE ON risk_tier_cutoffs FROM doublerandom_app;
REVOKE TRUNCATE ON target_risk_explanations FROM doublerandom_app;
-- Evaluation reports (#17, ADR 0035): a generation is moved on (status, progress, figures), never deleted; its PDF and
-- HTML are written once with its success and never changed or removed (reruns on the same fingerprint reuse them).
REVOKE DELETE, TRUNCATE ON evaluation_report_jobs FROM doublerandom_app;
REVOKE UPDATE, DELETE, TRUNCATE ON evaluation_report_files FROM doublerandom_app;
