namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres;

/// <summary>PostgreSQL triggers that make draw results append-only (ADR 2: PostgreSQL-only, SQLite relies on the application).</summary>
internal static class DrawTriggers
{
    /// <summary>The update guard of migration Draws (migration DrawGuards replaces it; its Down restores this one).</summary>
    public const string GuardUpdate = """
        CREATE OR REPLACE FUNCTION guard_draw_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          -- What was published at prepare never changes.
          IF NEW.parameters_json IS DISTINCT FROM OLD.parameters_json OR NEW.params_digest IS DISTINCT FROM OLD.params_digest
             OR NEW.targets_root IS DISTINCT FROM OLD.targets_root OR NEW.officers_root IS DISTINCT FROM OLD.officers_root
             OR NEW.recusals_root IS DISTINCT FROM OLD.recusals_root OR NEW.strata_sizes IS DISTINCT FROM OLD.strata_sizes
             OR NEW.commitment IS DISTINCT FROM OLD.commitment OR NEW.encrypted_secret IS DISTINCT FROM OLD.encrypted_secret
             OR NEW.task_id IS DISTINCT FROM OLD.task_id OR NEW.year IS DISTINCT FROM OLD.year OR NEW.draw_date IS DISTINCT FROM OLD.draw_date
             OR NEW.allow_overlap IS DISTINCT FROM OLD.allow_overlap THEN
            RAISE EXCEPTION 'the commitment of draw % is published and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          -- What was sealed at execution never changes; reveal fills in s and its time once.
          IF OLD.status <> 'Prepared' AND (NEW.status IS DISTINCT FROM OLD.status OR NEW.entropy IS DISTINCT FROM OLD.entropy
             OR NEW.entropy_digest IS DISTINCT FROM OLD.entropy_digest OR NEW.result_lines IS DISTINCT FROM OLD.result_lines
             OR NEW.result_digest IS DISTINCT FROM OLD.result_digest OR NEW.failure IS DISTINCT FROM OLD.failure
             OR NEW.failure_detail IS DISTINCT FROM OLD.failure_detail OR NEW.executed_by IS DISTINCT FROM OLD.executed_by
             OR NEW.supervised_by IS DISTINCT FROM OLD.supervised_by OR NEW.executed_at_utc IS DISTINCT FROM OLD.executed_at_utc
             OR (OLD.revealed_at_utc IS NOT NULL AND (NEW.revealed_at_utc IS DISTINCT FROM OLD.revealed_at_utc
                 OR NEW.revealed_secret IS DISTINCT FROM OLD.revealed_secret))) THEN
            RAISE EXCEPTION 'draw % is sealed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN NEW;
        END $$;
        """;

    public const string Create = """
        CREATE FUNCTION refuse_sealed_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'sealed draw rows are append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
        END $$;

        CREATE TRIGGER draw_snapshots_append_only BEFORE UPDATE OR DELETE ON draw_snapshots FOR EACH ROW EXECUTE FUNCTION refuse_sealed_change();
        CREATE TRIGGER draw_group_members_append_only BEFORE UPDATE OR DELETE ON draw_group_members FOR EACH ROW EXECUTE FUNCTION refuse_sealed_change();
        CREATE TRIGGER draw_selections_append_only BEFORE UPDATE OR DELETE ON draw_selections FOR EACH ROW EXECUTE FUNCTION refuse_sealed_change();
        CREATE TRIGGER drawn_targets_by_year_append_only BEFORE UPDATE OR DELETE ON drawn_targets_by_year FOR EACH ROW EXECUTE FUNCTION refuse_sealed_change();
        CREATE TRIGGER draws_no_delete BEFORE DELETE ON draws FOR EACH ROW EXECUTE FUNCTION refuse_sealed_change();

        """ + GuardUpdate + """

        CREATE TRIGGER draws_sealed BEFORE UPDATE ON draws FOR EACH ROW EXECUTE FUNCTION guard_draw_update();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS draws_sealed ON draws;
        DROP FUNCTION IF EXISTS guard_draw_update();
        DROP TRIGGER IF EXISTS draws_no_delete ON draws;
        DROP TRIGGER IF EXISTS drawn_targets_by_year_append_only ON drawn_targets_by_year;
        DROP TRIGGER IF EXISTS draw_selections_append_only ON draw_selections;
        DROP TRIGGER IF EXISTS draw_group_members_append_only ON draw_group_members;
        DROP TRIGGER IF EXISTS draw_snapshots_append_only ON draw_snapshots;
        DROP FUNCTION IF EXISTS refuse_sealed_change();
        """;
}
