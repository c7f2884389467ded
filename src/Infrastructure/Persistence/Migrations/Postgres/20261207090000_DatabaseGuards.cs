using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres
{
    /// <summary>
    /// The database protects the draw and the trail even from the application's own role (issue 11 §3): the draw's state
    /// machine with its result checked at COMMIT, a reveal only of the committed s, no TRUNCATE of sealed or audit tables,
    /// and entries staged only through <c>audit_stage</c>, which takes the actor from the transaction's settings. No model
    /// change, so no designer file; SQLite has an empty twin (it relies on the application).
    /// </summary>
    [DbContext(typeof(PostgresAppDbContext))]
    [Migration("20261207090000_DatabaseGuards")]
    public partial class DatabaseGuards : Migration
    {
        /// <summary>
        /// Stages a transaction's entries in <c>audit_pending</c> (the only way for the application role, which has no
        /// INSERT on it). The actor columns come from the transaction's settings <c>doublerandom.actor_id</c>,
        /// <c>.actor_name</c>, <c>.actor_roles</c>, <c>.actor_unit_id</c>, <c>.request_id</c>, <c>.client_address</c>
        /// (<c>set_config(…, true)</c>; an empty value is null), never from the caller's rows, and each canonical tail
        /// must carry exactly those values, so what is hashed is what is stored. The time is the service's clock (its
        /// <c>TimeProvider</c>), as before; linking never lets it run backwards along the chain.
        /// </summary>
        public const string StageFunction = """
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

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DrawGuards.Create);
            migrationBuilder.Sql(StageFunction);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_stage(timestamptz, text[], text[], text[], text[], text[], text[], text[]);");
            migrationBuilder.Sql(DrawGuards.Drop);
            migrationBuilder.Sql(DrawTriggers.GuardUpdate);
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS dr1_commitment(text); DROP FUNCTION IF EXISTS dr1_result_digest(text);");
        }
    }
}
