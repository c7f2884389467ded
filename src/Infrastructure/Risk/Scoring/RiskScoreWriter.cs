using System.Data.Common;
using System.Globalization;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Risk;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Storage;

namespace DoubleRandom.Infrastructure.Risk.Scoring;

/// <summary>
/// What both providers share: the spill, and after the staging is filled the moves, the update and the
/// explanations, all on the unit of work's connection in its open transaction.
/// </summary>
public abstract class RiskScoreWriter(AppDbContext db, string actor, TimeProvider clock) : IRiskScoreWriter
{
    /// <summary>Rows between two progress reports while staging.</summary>
    protected const int ReportEvery = 50_000;

    private readonly RiskScoreSpill _spill = new();

    public long Count => _spill.Count;

    protected string Actor => actor;

    protected DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public ValueTask AddAsync(string targetCode, double probability, string contributions, CancellationToken ct)
    {
        _spill.Add(targetCode, probability, contributions);
        return ValueTask.CompletedTask;
    }

    public async Task<IReadOnlyList<RiskTierMove>> ApplyAsync(
        int modelVersion, RiskThresholds thresholds, IProgress<RiskJobProgress>? progress, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A re-score is written in the caller's transaction.");
        var connection = transaction.Connection!;
        await StageAsync(connection, transaction, _spill.Read().Select(p => (p.Code, p.Probability, thresholds.TierOf(p.Probability), p.Contributions)),
            progress, ct);
        var moves = new List<RiskTierMove>();
        await using (var read = Command(connection, transaction, RiskScoreSql.Moves))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                moves.Add(new RiskTierMove(
                    reader.IsDBNull(0) ? null : Enum.Parse<RiskTier>(reader.GetString(0)),
                    Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture) == 1,
                    Enum.Parse<RiskTier>(reader.GetString(2)),
                    Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture)));
            }
        }

        await ExecuteAsync(connection, transaction, UpdateSql, modelVersion, ct);
        await WriteExplanationsAsync(connection, transaction, modelVersion, ct);
        progress?.Report(new RiskJobProgress(RiskJobStage.WritingScores, _spill.Count, _spill.Count));
        return moves;
    }

    /// <summary>The predictions as spilled: code, probability and contributions, in the order they were added.</summary>
    protected IEnumerable<(string Code, double Probability, string Contributions)> Predictions => _spill.Read();

    /// <summary>Replaces the explanations with those of this re-score, for live targets only; by default from the staging's contributions.</summary>
    protected virtual async Task WriteExplanationsAsync(DbConnection connection, DbTransaction transaction, int modelVersion, CancellationToken ct)
    {
        await ExecuteAsync(connection, transaction, RiskScoreSql.ClearExplanations, null, ct);
        await ExecuteAsync(connection, transaction, RiskScoreSql.InsertExplanations, modelVersion, ct);
    }

    /// <summary>The update of the targets from the staging, with <c>@version</c>, <c>@now</c> and <c>@actor</c>.</summary>
    protected abstract string UpdateSql { get; }

    /// <summary>The time <c>@now</c> as the provider stores it.</summary>
    protected abstract object NowValue { get; }

    /// <summary>Creates <c>risk_score_stage</c> (dropped with the transaction or before reuse) and fills it.</summary>
    protected abstract Task StageAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<(string Code, double Probability, RiskTier Tier, string Contributions)> rows,
        IProgress<RiskJobProgress>? progress, CancellationToken ct);

    protected static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }

    protected static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, int? version, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, sql);
        if (version is { } v)
        {
            Add(command, "@version", v);
            if (sql.Contains("@now", StringComparison.Ordinal))
            {
                Add(command, "@now", NowValue);
                Add(command, "@actor", Actor);
            }
        }

        await command.ExecuteNonQueryAsync(ct);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return _spill.DisposeAsync();
    }
}
