using System.Data.Common;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace DoubleRandom.Infrastructure.Risk.Scoring;

/// <summary>PostgreSQL: binary COPY into a temporary table, then one UPDATE … FROM (and the explanations by one INSERT … SELECT).</summary>
public sealed class PostgresRiskScoreWriter(AppDbContext db, string actor, TimeProvider clock) : RiskScoreWriter(db, actor, clock)
{
    protected override string UpdateSql => RiskScoreSql.PostgresUpdate;

    protected override object NowValue => Now;

    protected override async Task StageAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<(string Code, double Probability, RiskTier Tier, string Contributions)> rows,
        IProgress<RiskJobProgress>? progress, CancellationToken ct)
    {
        await ExecuteAsync(connection, transaction,
            "CREATE TEMP TABLE risk_score_stage (code text, score double precision, tier text, contributions text) ON COMMIT DROP", ct);
        long done = 0;
        await using (var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
            "COPY risk_score_stage (code, score, tier, contributions) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (code, probability, tier, contributions) in rows)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(code, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(probability, NpgsqlDbType.Double, ct);
                await copy.WriteAsync(tier.ToString(), NpgsqlDbType.Text, ct);
                await copy.WriteAsync(contributions, NpgsqlDbType.Text, ct);
                if (++done % ReportEvery == 0)
                {
                    progress?.Report(new RiskJobProgress(RiskJobStage.WritingScores, done, Count));
                }
            }

            await copy.CompleteAsync(ct);
        }

        await ExecuteAsync(connection, transaction, "ANALYZE risk_score_stage", ct);
    }
}
