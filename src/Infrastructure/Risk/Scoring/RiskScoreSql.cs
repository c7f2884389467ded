namespace DoubleRandom.Infrastructure.Risk.Scoring;

/// <summary>The statements of a re-score's bulk write, from the staging table <c>risk_score_stage</c> (code, score, tier, contributions).</summary>
internal static class RiskScoreSql
{
    /// <summary>Per (old tier, whether a model set it, new tier): how many live targets; read before the update.</summary>
    public const string Moves = """
        SELECT t.risk_tier, CASE WHEN t.risk_model_version IS NULL THEN 0 ELSE 1 END, s.tier, count(*)
        FROM risk_score_stage s JOIN targets t ON t.code = s.code
        WHERE t.retired_at_utc IS NULL
        GROUP BY t.risk_tier, CASE WHEN t.risk_model_version IS NULL THEN 0 ELSE 1 END, s.tier
        """;

    /// <summary>The explanations of the last re-score only: the previous ones go.</summary>
    public const string ClearExplanations = "DELETE FROM target_risk_explanations";

    public const string InsertExplanations = """
        INSERT INTO target_risk_explanations (target_code, model_version, contributions)
        SELECT s.code, @version, s.contributions FROM risk_score_stage s JOIN targets t ON t.code = s.code
        WHERE t.retired_at_utc IS NULL
        """;

    /// <summary>After the explanations are copied straight in: none for a target retired since it was read (nor for a code no longer in the roster).</summary>
    public const string PostgresDropRetiredExplanations = """
        DELETE FROM target_risk_explanations e
        WHERE NOT EXISTS (SELECT 1 FROM targets t WHERE t.code = e.target_code AND t.retired_at_utc IS NULL)
        """;

    /// <summary>Live targets whose score, tier or model version changes (a re-score of the same result rewrites nothing).</summary>
    public const string PostgresUpdate = """
        UPDATE targets t SET risk_score = s.score, risk_tier = s.tier, risk_model_version = @version,
            version = t.version + 1, updated_at_utc = @now, updated_by = @actor
        FROM risk_score_stage s
        WHERE t.code = s.code AND t.retired_at_utc IS NULL
          AND (t.risk_score, t.risk_tier, t.risk_model_version) IS DISTINCT FROM (s.score, s.tier, @version)
        """;

    public const string SqliteUpdate = """
        UPDATE targets SET risk_score = s.score, risk_tier = s.tier, risk_model_version = @version,
            version = targets.version + 1, updated_at_utc = @now, updated_by = @actor
        FROM risk_score_stage s
        WHERE targets.code = s.code AND targets.retired_at_utc IS NULL
          AND (targets.risk_score IS NOT s.score OR targets.risk_tier IS NOT s.tier OR targets.risk_model_version IS NOT @version)
        """;
}
