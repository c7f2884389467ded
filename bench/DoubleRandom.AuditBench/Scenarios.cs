using System.Diagnostics;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.AuditBench;

internal static class Scenarios
{
    private static int _codes;

    /// <summary>
    /// <paramref name="writers"/> concurrent loops for <paramref name="duration"/>; each iteration is one
    /// transaction with <paramref name="perSave"/> new departments (0: one audited read through IAuditLog).
    /// </summary>
    public static async Task RunAsync(
        IServiceProvider services, string name, int writers, int perSave, TimeSpan duration, bool quiet = false)
    {
        var latencies = new List<double>[writers];
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = [];
            while (stop.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                await using var scope = services.CreateAsyncScope();
                if (perSave == 0)
                {
                    await scope.ServiceProvider.GetRequiredService<IAuditLog>()
                        .RecordReadAsync("Draw", "bench", "benchmark", CancellationToken.None);
                }
                else
                {
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    for (var i = 0; i < perSave; i++)
                    {
                        var code = $"b{Interlocked.Increment(ref _codes)}";
                        db.Departments.Add(Department.Create(code, $"基准部门 {code}"));
                    }

                    await db.SaveChangesAsync();
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        stop.Stop();

        if (quiet)
        {
            return;
        }

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var mutations = all.Length * Math.Max(perSave, 1);
        Console.WriteLine(
            $"{name}, {writers} writers: {mutations} audited mutations in {stop.Elapsed.TotalSeconds:F1} s = "
            + $"{mutations / stop.Elapsed.TotalSeconds:F0}/s ({all.Length / stop.Elapsed.TotalSeconds:F0} tx/s); "
            + $"latency p50 {Percentile(all, 0.50):F2} ms, p99 {Percentile(all, 0.99):F2} ms; "
            + $"{System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods jitted meanwhile");
    }

    public static async Task<ChainVerdict> VerifyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        // Entries are chained right after each commit; link anything still staged, as every reader does.
        await scope.ServiceProvider.GetRequiredService<IAuditChainLinker>().LinkCommittedAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var verifier = new AuditChainVerifier(await db.AuditCheckpoints.ToListAsync());
        await foreach (var entry in db.AuditEntries.OrderBy(e => e.Sequence).AsAsyncEnumerable())
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Result();
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
