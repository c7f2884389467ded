using System.Data.Common;
using System.Globalization;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;

namespace DoubleRandom.Infrastructure.Risk.Scoring;

/// <summary>SQLite: a prepared, parameterised insert per row into a temporary table, then the same set-based statements.</summary>
public sealed class SqliteRiskScoreWriter(AppDbContext db, string actor, TimeProvider clock) : RiskScoreWriter(db, actor, clock)
{
    protected override string UpdateSql => RiskScoreSql.SqliteUpdate;

    /// <summary>As EF Core stores times on SQLite.</summary>
    protected override object NowValue => Now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    protected override async Task StageAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<(string Code, double Probability, RiskTier Tier, string Contributions)> rows,
        IProgress<RiskJobProgress>? progress, CancellationToken ct)
    {
        // Pooled connections keep temporary tables: start from a fresh one.
        await ExecuteAsync(connection, transaction, "DROP TABLE IF EXISTS temp.risk_score_stage", ct);
        await ExecuteAsync(connection, transaction,
            "CREATE TEMP TABLE risk_score_stage (code TEXT PRIMARY KEY, score REAL, tier TEXT, contributions TEXT)", ct);
        await using var insert = Command(connection, transaction, "INSERT INTO risk_score_stage VALUES (@code, @score, @tier, @contributions)");
        var parameters = new[] { "@code", "@score", "@tier", "@contributions" }.Select(name =>
        {
            var p = insert.CreateParameter();
            p.ParameterName = name;
            insert.Parameters.Add(p);
            return p;
        }).ToArray();
        await insert.PrepareAsync(ct);
        long done = 0;
        foreach (var (code, probability, tier, contributions) in rows)
        {
            parameters[0].Value = code;
            parameters[1].Value = probability;
            parameters[2].Value = tier.ToString();
            parameters[3].Value = contributions;
            await insert.ExecuteNonQueryAsync(ct);
            if (++done % ReportEvery == 0)
            {
                progress?.Report(new RiskJobProgress(RiskJobStage.WritingScores, done, Count));
            }
        }
    }
}
