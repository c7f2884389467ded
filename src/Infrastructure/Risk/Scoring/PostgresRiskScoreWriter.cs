using System.Data.Common;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace DoubleRandom.Infrastructure.Risk.Scoring;

/// <summary>
/// PostgreSQL: binary COPY of code, score and tier into a temporary table (not WAL-logged), then one UPDATE … FROM; the
/// explanations, the bulk of the bytes, go by a second binary COPY straight into their table from the spill (no staging
/// and no join of the JSON), and those of targets retired meanwhile are removed.
/// </summary>
public sealed class PostgresRiskScoreWriter(AppDbContext db, string actor, TimeProvider clock) : RiskScoreWriter(db, actor, clock)
{
    protected override string UpdateSql => RiskScoreSql.PostgresUpdate;

    protected override object NowValue => Now;

    protected override async Task StageAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<(string Code, double Probability, RiskTier Tier, string Contributions)> rows,
        IProgress<RiskJobProgress>? progress, CancellationToken ct)
    {
        await ExecuteAsync(connection, transaction,
            "CREATE TEMP TABLE risk_score_stage (code text, score double precision, tier text) ON COMMIT DROP", ct);
        long done = 0;
        await using (var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
            "COPY risk_score_stage (code, score, tier) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (code, probability, tier, _) in rows)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(code, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(probability, NpgsqlDbType.Double, ct);
                await copy.WriteAsync(tier.ToString(), NpgsqlDbType.Text, ct);
                if (++done % ReportEvery == 0)
                {
                    progress?.Report(new RiskJobProgress(RiskJobStage.WritingScores, done, Count));
                }
            }

            await copy.CompleteAsync(ct);
        }

        await ExecuteAsync(connection, transaction, "ANALYZE risk_score_stage", ct);
    }

    protected override async Task WriteExplanationsAsync(DbConnection connection, DbTransaction transaction, int modelVersion, CancellationToken ct)
    {
        await ExecuteAsync(connection, transaction, RiskScoreSql.ClearExplanations, ct);
        await using (var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
            "COPY target_risk_explanations (target_code, model_version, contributions) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (code, _, contributions) in Predictions)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(code, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(modelVersion, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(contributions, NpgsqlDbType.Text, ct);
            }

            await copy.CompleteAsync(ct);
        }

        await ExecuteAsync(connection, transaction, RiskScoreSql.PostgresDropRetiredExplanations, ct);
    }
}
