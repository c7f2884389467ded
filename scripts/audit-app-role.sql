-- The application's database role on PostgreSQL: it reads and appends the audit trail but can never change
-- or remove it (docs/audit.md, "Append-only"). The owner role runs migrations and this script; the service
-- connects as doublerandom_app with Database:MigrateOnStartup=false.
--
--   psql "host=… dbname=doublerandom user=<owner>" -f scripts/audit-app-role.sql
--   psql … -c "ALTER ROLE doublerandom_app PASSWORD '…'"
--
-- Idempotent: run it again after every migration that adds tables (ALTER DEFAULT PRIVILEGES below covers
-- tables the owner creates later, but not tables that already existed when it ran).

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'doublerandom_app') THEN
        CREATE ROLE doublerandom_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO doublerandom_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO doublerandom_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO doublerandom_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO doublerandom_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO doublerandom_app;

-- The migrations history is the owner's business.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON __ef_migrations_history FROM doublerandom_app;

-- The audit trail: read only. The service appends by staging rows in audit_pending (INSERT only); the
-- owner's audit_link() function (SECURITY DEFINER, EXECUTE for PUBLIC) links them into audit_entries; the owner's
-- audit_redact() (same) is its only way to redact a payload, and only with the chained record of the redaction. Without ownership the role also
-- cannot disable the triggers.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_entries FROM doublerandom_app;
REVOKE SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_pending FROM doublerandom_app;
-- Checkpoints are recorded by the administrator during rotation, never by the service.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_checkpoints FROM doublerandom_app;
