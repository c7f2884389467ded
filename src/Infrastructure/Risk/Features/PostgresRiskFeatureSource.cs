using System.Runtime.CompilerServices;
using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace DoubleRandom.Infrastructure.Risk.Features;

/// <summary>
/// PostgreSQL's feature source: training rows and one target's features come from the provider-neutral
/// <see cref="RiskFeatureSource"/>; the scoring read (<see cref="CurrentAsync"/>, every operating target) is ONE streamed
/// query on its own connection — the roster LEFT JOIN the history pre-aggregated per target (its days and problem counts
/// as arrays, only days strictly before the scoring day: the leakage rule is in the SQL's <c>inspected_on &lt; @asOf</c>),
/// in roster order. Final records and follow-up steps before the day, far fewer than the history, are read first by the
/// same <see cref="HistoryReader"/> as the EF path; each row's features are then built by the same
/// <see cref="TargetTimeline.AsOf"/> (decay, days since, follow-ups, the leakage guard), so both paths give the same rows.
/// </summary>
public sealed class PostgresRiskFeatureSource(AppDbContext db, RiskFeatureSource portable) : IRiskFeatureSource
{
    private const string Current = """
        SELECT t.code, t.kind, t.industry_section, t.industry_division, t.region_code, t.status, t.risk_tier, t.credit_class,
               t.registration_date, t.registered_capital, t.tags, t.updated_at_utc, h.days, h.problems
        FROM targets t
        LEFT JOIN (
            SELECT d.target_code, array_agg(d.inspected_on) AS days, array_agg(d.problems) AS problems
            FROM (SELECT o.target_code, o.inspected_on, (count(*) FILTER (WHERE o.result_category_code = ANY(@problemCodes)))::int AS problems
                  FROM inspection_outcomes o
                  WHERE o.inspected_on < @asOf
                  GROUP BY o.target_code, o.inspected_on) d
            GROUP BY d.target_code) h ON h.target_code = t.code
        WHERE t.retired_at_utc IS NULL AND t.status IN ('Active', 'AbnormalOperation')
        ORDER BY t.code
        """;

    public Task<RiskTrainingSet> TrainingSetAsync(RiskDataRange range, IProgress<RiskJobProgress>? progress, CancellationToken ct) =>
        portable.TrainingSetAsync(range, progress, ct);

    public Task<RiskFeatures?> ForTargetAsync(string code, DateOnly asOf, CancellationToken ct) => portable.ForTargetAsync(code, asOf, ct);

    public async IAsyncEnumerable<RiskFeatures> CurrentAsync(DateOnly asOf, [EnumeratorCancellation] CancellationToken ct)
    {
        var history = await HistoryReader.CreateAsync(db, ct);
        var records = history.RecordVisits(await history.RecordsAsync(null, null, asOf, ct), new Dictionary<string, List<PastVisit>>(StringComparer.Ordinal));
        var steps = await history.FollowUpStepsAsync(null, null, asOf, ct);

        // Its own connection: no reader of the unit of work stays open while the caller handles a row.
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(Current, connection) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter("problemCodes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = history.ProblemCodes.ToArray() });
        command.Parameters.Add(new NpgsqlParameter("asOf", NpgsqlDbType.Date) { Value = asOf });
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
        while (await reader.ReadAsync(ct))
        {
            var roster = new RosterFacts(
                reader.GetString(0),
                Enum.Parse<TargetKind>(reader.GetString(1)),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                Enum.Parse<TargetStatus>(reader.GetString(5)),
                reader.IsDBNull(6) ? null : Enum.Parse<RiskTier>(reader.GetString(6)),
                reader.IsDBNull(7) ? null : Enum.Parse<CreditClass>(reader.GetString(7)),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8),
                reader.IsDBNull(9) ? null : reader.GetDecimal(9),
                reader.GetString(10),
                DateTime.SpecifyKind(reader.GetDateTime(11), DateTimeKind.Utc));
            List<PastVisit>? past = null;
            if (!reader.IsDBNull(12))
            {
                var days = reader.GetFieldValue<DateOnly[]>(12);
                var problems = reader.GetFieldValue<int[]>(13);
                past = new List<PastVisit>(days.Length);
                for (var i = 0; i < days.Length; i++)
                {
                    past.Add(new PastVisit(days[i], problems[i]));
                }
            }

            if (records.TryGetValue(roster.Code, out var recorded))
            {
                (past ??= []).AddRange(recorded);
            }

            yield return TargetTimeline.AsOf(roster, asOf, past, steps.GetValueOrDefault(roster.Code));
        }
    }
}
