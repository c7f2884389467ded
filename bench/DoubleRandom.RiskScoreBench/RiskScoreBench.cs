using System.Diagnostics;
using System.Globalization;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Risk.Scoring;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace DoubleRandom.RiskScoreBench;

/// <summary>
/// Loads --targets targets by COPY (varied ages, capital, regions, tiers), trains a model with the real engine on
/// synthetic rows, then times one re-score: features streamed from the roster, scored, tiered by quantiles and written
/// in bulk. Prints the phases' times and the process's peak working set.
/// </summary>
internal static class RiskScoreBench
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var targets = int.Parse(Arg(args, "--targets") ?? "1000000", CultureInfo.InvariantCulture);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        }

        var connectionString = services.GetRequiredService<DatabaseOptions>().ConnectionString;
        var load = Stopwatch.StartNew();
        await LoadTargetsAsync(connectionString, targets);
        Console.WriteLine($"loaded {targets:N0} targets in {load.Elapsed.TotalSeconds:F1} s");

        var train = Stopwatch.StartNew();
        var engine = services.GetRequiredService<IRiskModelEngine>();
        var outcome = await engine.TrainAsync(TrainingSet(20_000), RiskTrainingSettings.Default, null, CancellationToken.None);
        var model = new RiskModelFile(Guid.NewGuid(), 1, outcome.FeatureFingerprint, outcome.ModelFile);
        Console.WriteLine($"trained {outcome.Trainer} in {train.Elapsed.TotalSeconds:F1} s");

        GC.Collect();
        var stages = new List<(RiskJobStage Stage, TimeSpan At)>();
        var clock = Stopwatch.StartNew();
        var progress = new Progress(p =>
        {
            if (stages.Count == 0 || stages[^1].Stage != p.Stage)
            {
                stages.Add((p.Stage, clock.Elapsed));
            }
        });
        await using (var scope = services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var rescorer = new RiskRescorer(sp.GetRequiredService<IApplicationDbContext>(), new ModelFiles(model), engine,
                sp.GetRequiredService<IRiskFeatureSource>(), sp.GetRequiredService<IRiskScoreStore>(), sp.GetRequiredService<ICurrentActor>(),
                sp.GetRequiredService<TimeProvider>());
            var result = await rescorer.RescoreAsync(Guid.NewGuid(), model.Id, progress, CancellationToken.None);
            clock.Stop();
            Console.WriteLine($"rescored {result.TargetsScored:N0} targets ({result.Moves:N0} moved) in {clock.Elapsed.TotalSeconds:F2} s");
        }

        foreach (var (stage, at) in stages)
        {
            Console.WriteLine($"  {stage} from {at.TotalSeconds:F2} s");
        }

        Console.WriteLine($"peak working set {Environment.WorkingSet / 1048576.0:F0} MB now, {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB peak");
        return 0;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static async Task LoadTargetsAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var clear = new NpgsqlCommand("DELETE FROM target_risk_explanations; DELETE FROM targets", connection))
        {
            await clear.ExecuteNonQueryAsync();
        }

        var now = DateTime.UtcNow;
        var random = new Random(16);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY targets (id, code, kind, name, region_code, industry_section, industry_division, department_codes, registration_date, "
            + "registered_capital, status, risk_tier, tags, draw_reference_count, version, created_at_utc, created_by, updated_at_utc, updated_by) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync($"B{i:D9}", NpgsqlDbType.Varchar);
                await copy.WriteAsync("Enterprise", NpgsqlDbType.Varchar);
                await copy.WriteAsync($"基准企业{i}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(i % 3 == 0 ? "640104" : i % 3 == 1 ? "640205" : "640302", NpgsqlDbType.Varchar);
                await copy.WriteAsync("F", NpgsqlDbType.Varchar);
                await copy.WriteAsync("52", NpgsqlDbType.Varchar);
                await copy.WriteAsync("|amr|", NpgsqlDbType.Varchar);
                await copy.WriteAsync(DateOnly.FromDateTime(now).AddDays(-random.Next(30, 9000)), NpgsqlDbType.Date);
                await copy.WriteAsync(random.Next(2) == 0 ? 5m : 500m, NpgsqlDbType.Numeric);
                await copy.WriteAsync("Active", NpgsqlDbType.Varchar);
                await copy.WriteAsync(((RiskTier)(i % 4)).ToString(), NpgsqlDbType.Varchar);
                await copy.WriteAsync("", NpgsqlDbType.Varchar);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
            }

            await copy.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE targets", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>Rows whose problem probability falls with age and rises with small capital.</summary>
    private static RiskTrainingSet TrainingSet(int rows)
    {
        var random = new Random(7);
        List<RiskExample> Rows(int n, DateOnly on) => [.. Enumerable.Range(0, n).Select(_ =>
        {
            var age = random.NextDouble() * 25;
            var capital = random.Next(2) == 0 ? 5m : 500m;
            var p = 1 / (1 + Math.Exp(-(-0.5 - (0.15 * age) + (capital < 10 ? 0.6 : 0))));
            var f = new RiskFeatures("X", on, TargetKind.Enterprise, "F", "52", random.Next(2) == 0 ? "640104" : "640205", TargetStatus.Active,
                (RiskTier)random.Next(4), null, age, capital, 1, 0, 0, 0, 0, null, 0, 0, 0);
            return new RiskExample(f, on, random.NextDouble() < p, 1, false);
        })];
        return new RiskTrainingSet(new RiskDataRange(new DateOnly(2024, 1, 1), new DateOnly(2026, 6, 30), new DateOnly(2026, 1, 1)),
            Rows(rows * 3 / 4, new DateOnly(2025, 6, 1)), Rows(rows / 4, new DateOnly(2026, 3, 1)), 0);
    }

    private sealed class ModelFiles(RiskModelFile model) : IRiskModelFiles
    {
        public Task<RiskModelFile?> FindAsync(Guid modelId, CancellationToken ct) => Task.FromResult(modelId == model.Id ? model : null);
    }

    private sealed class Progress(Action<RiskJobProgress> report) : IProgress<RiskJobProgress>
    {
        public void Report(RiskJobProgress value) => report(value);
    }
}
