using System.Diagnostics;
using System.Globalization;
using DoubleRandom.Api.IntegrationTests.Risk;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Risk;
using DoubleRandom.Application.Risk.Training;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DoubleRandom.RiskFeatureBench;

/// <summary>
/// <c>dotnet run -c Release --project bench/DoubleRandom.RiskFeatureBench -- [targets=1000000] [historyTargets=525000]</c>:
/// the demo roster of <c>targets</c> targets on a throw-away PostgreSQL (the integration tests' server), the simulated
/// history of its first <c>historyTargets</c> (about 0.82 item rows each: 430,000 rows), then
/// <see cref="IRiskFeatureSource.TrainingSetAsync"/> over all of it and <see cref="IRiskFeatureSource.CurrentAsync"/>
/// over every operating target, timed, with this process's peak RSS.
/// </summary>
internal static class RiskFeatureBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DOUBLERANDOM_API",
            Path.Combine(DoubleRandom.Api.IntegrationTests.OpenApi.ServedDocument.RepositoryRoot(), "src", "Api"));
        var targets = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var historyTargets = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 525_000;

        var fixture = new PostgresApiFixture();
        await fixture.InitializeAsync();
        var watch = Stopwatch.StartNew();
        await DropSearchIndexesAsync(fixture.ConnectionString);
        await DemoRiskLoader.LoadAsync(fixture.ConnectionString, targets, 42, historyTargets, keepTruth: false);
        Console.WriteLine($"loaded {targets:N0} targets, {await fixture.CountRowsAsync("inspection_outcomes"):N0} history rows in {watch.Elapsed.TotalSeconds:0.0} s (set-up, not measured)");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; load {Load()}");

        await File.WriteAllTextAsync("/proc/self/clear_refs", "5");
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var source = scope.ServiceProvider.GetRequiredService<IRiskFeatureSource>();
            watch.Restart();
            var set = await source.TrainingSetAsync(
                new RiskDataRange(new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2025, 1, 1)), null, CancellationToken.None);
            Console.WriteLine($"TrainingSetAsync: {set.Training.Count:N0} + {set.Validation.Count:N0} rows in {watch.Elapsed.TotalSeconds:0.00} s; peak RSS {Status("VmHWM")}; load {Load()}");
        }

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        await File.WriteAllTextAsync("/proc/self/clear_refs", "5");
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var source = scope.ServiceProvider.GetRequiredService<IRiskFeatureSource>();
            watch.Restart();
            long count = 0, inspected = 0;
            await foreach (var f in source.CurrentAsync(new DateOnly(2026, 12, 7), CancellationToken.None))
            {
                count++;
                inspected += f.PastInspections > 0 ? 1 : 0;
            }

            Console.WriteLine($"CurrentAsync: {count:N0} targets ({inspected:N0} with a past) in {watch.Elapsed.TotalSeconds:0.00} s; peak RSS {Status("VmHWM")}; load {Load()}");
        }

        await fixture.DisposeAsync();
        return 0;
    }

    /// <summary>The roster's search indexes (name trigrams and the like) serve no read here and only slow the load.</summary>
    private static async Task DropSearchIndexesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            DO $$ DECLARE i record; BEGIN
              FOR i IN SELECT indexname FROM pg_indexes WHERE tablename = 'targets' AND indexname NOT IN ('pk_targets', 'ix_targets_code', 'ix_targets_status') LOOP
                EXECUTE format('DROP INDEX %I', i.indexname);
              END LOOP;
            END $$;
            """, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0..3].Aggregate((a, b) => $"{a} {b}");

    private static string Status(string key) =>
        File.ReadLines("/proc/self/status").First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(':')[1].Trim();
}
