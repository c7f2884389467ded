using System.Globalization;
using System.Text;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Seeding;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Risk;

/// <summary>
/// The demo roster and its simulated history (docs/demo-data.md: known p_i, risk-weighted past draws with λ) copied
/// into PostgreSQL as the database owner with COPY — thousands of targets in a second, for the end-to-end proof and the
/// benchmark (which writes the history of the first <c>historyTargets</c> only). Returns each target's true p_i.
/// </summary>
internal static class DemoRiskLoader
{
    private const string TargetColumns =
        "id, code, kind, name, legal_representative, address, region_code, industry_section, industry_division, department_codes, "
        + "registration_date, registered_capital, status, risk_tier, credit_class, tags, weight, draw_reference_count, version, "
        + "created_at_utc, created_by, updated_at_utc, updated_by, status_changed_at_utc, credit_class_changed_at_utc, tags_changed_at_utc, "
        + "profile_changed_at_utc";

    /// <summary>The demo's roster facts hold through its whole history (its p_i never change): known since before it.</summary>
    private const string FactsSince = "2000-01-01 00:00:00+00";

    private const string OutcomeColumns =
        "id, target_code, inspected_on, year, task_name, item_code, item_name, result_category_code, inclusion_probability, stratum, "
        + "source, batch_id, version, created_at_utc, created_by, updated_at_utc, updated_by";

    public static async Task<Dictionary<string, DemoTargetTruth>> LoadAsync(string ownerConnectionString, int targets, ulong seed, int? historyTargets = null, bool keepTruth = true)
    {
        var roster = new DemoRosterGenerator(seed);
        var history = new DemoHistoryGenerator(seed);
        foreach (var t in roster.Targets(targets))
        {
            history.Count(t);
        }

        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.ffffff+00", CultureInfo.InvariantCulture);
        var truth = new Dictionary<string, DemoTargetTruth>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync();
        await using (var writer = await connection.BeginTextImportAsync($"COPY targets ({TargetColumns}) FROM STDIN"))
        {
            long index = 0;
            foreach (var t in roster.Targets(targets))
            {
                if (keepTruth)
                {
                    truth[t.Code] = history.Truth(t, index++);
                }

                await writer.WriteLineAsync(Line(
                    Guid.CreateVersion7().ToString(), t.Code, t.Kind.ToString(), t.Name, t.LegalRepresentative, t.Address, t.RegionCode, t.IndustrySection,
                    t.IndustryDivision, TagList.Join(TagList.Split(t.DepartmentCodes)), t.RegistrationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    t.RegisteredCapital?.ToString(CultureInfo.InvariantCulture), t.Status.ToString(), t.RiskTier?.ToString(), t.CreditClass?.ToString(),
                    TagList.Join(TagList.Split(t.Tags)), t.Weight?.ToString(CultureInfo.InvariantCulture), "0", "1", now, "demo", now, "demo",
                    FactsSince, FactsSince, FactsSince, FactsSince));
            }
        }

        await using (var writer = await connection.BeginTextImportAsync($"COPY inspection_outcomes ({OutcomeColumns}) FROM STDIN"))
        {
            long index = 0;
            var batch = history.BatchId.ToString();
            foreach (var t in roster.Targets(historyTargets ?? targets))
            {
                foreach (var o in history.Outcomes(t, index++))
                {
                    await writer.WriteLineAsync(Line(
                        Guid.CreateVersion7().ToString(), o.TargetCode, o.InspectedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        o.Year.ToString(CultureInfo.InvariantCulture), o.TaskName, o.ItemCode, o.ItemName, o.Category,
                        o.Lambda.ToString("R", CultureInfo.InvariantCulture), o.Stratum, nameof(InspectionOutcomeSource.Demo), batch, "1", now, "demo", now, "demo"));
                }
            }
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE targets; ANALYZE inspection_outcomes", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        return truth;
    }

    /// <summary>The targets a scoring reads (<c>RiskFeatureSource.Scored</c>): still operating.</summary>
    public static bool Operating(TargetStatus status) => status is TargetStatus.Active or TargetStatus.AbnormalOperation;

    private static string Line(params string?[] values)
    {
        var line = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                line.Append('\t');
            }

            line.Append(values[i] is { } v ? v.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) : "\\N");
        }

        return line.ToString();
    }
}
