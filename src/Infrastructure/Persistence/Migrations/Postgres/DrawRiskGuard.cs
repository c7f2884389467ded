namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres;

/// <summary>
/// The risk a draw was prepared with (#16: mode, α, model versions) is published with its commitment: like the rest of
/// what prepare wrote (<see cref="DrawGuards"/>), it never changes afterwards.
/// </summary>
internal static class DrawRiskGuard
{
    public const string Create = """
        CREATE FUNCTION guard_draw_risk() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.risk_weighting IS DISTINCT FROM OLD.risk_weighting OR NEW.uniform_share_bp IS DISTINCT FROM OLD.uniform_share_bp
             OR NEW.risk_model_version_min IS DISTINCT FROM OLD.risk_model_version_min
             OR NEW.risk_model_version_max IS DISTINCT FROM OLD.risk_model_version_max
             OR NEW.risk_model_targets IS DISTINCT FROM OLD.risk_model_targets OR NEW.unscored_targets IS DISTINCT FROM OLD.unscored_targets THEN
            RAISE EXCEPTION 'the risk weighting of draw % is published and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER draws_risk_frozen BEFORE UPDATE ON draws FOR EACH ROW EXECUTE FUNCTION guard_draw_risk();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS draws_risk_frozen ON draws;
        DROP FUNCTION IF EXISTS guard_draw_risk();
        """;
}
