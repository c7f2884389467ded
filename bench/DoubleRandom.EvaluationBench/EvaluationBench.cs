using System.Diagnostics;
using System.Globalization;
using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Facts;
using DoubleRandom.Application.Evaluation.Model;
using DoubleRandom.Infrastructure;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.EvaluationBench;

/// <summary>
/// Seeds the year (<see cref="EvaluationSeeder"/>), then times the report of 2026 for the whole bureau: the facts read
/// through the registered <see cref="IEvaluationFactSource"/> (PostgreSQL's), twice (the digest must agree), and — with
/// <c>--pipeline</c>, once the builder and renderer are in — the whole report: facts, model, PDF and HTML. Prints the
/// times and the process's peak working set.
/// </summary>
internal static class EvaluationBench
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var targets = int.Parse(Arg(args, "--targets") ?? "1000000", CultureInfo.InvariantCulture);
        var pipeline = args.Contains("--pipeline");
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        }

        var seed = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            var seeder = new EvaluationSeeder(scope.ServiceProvider.GetRequiredService<AppDbContext>(), services.GetRequiredService<DatabaseOptions>().ConnectionString);
            await seeder.SeedAsync(targets);
            Console.WriteLine($"seeded {targets:N0} targets, {seeder.Selections:N0} selections, {seeder.Records:N0} final records in {seed.Elapsed.TotalSeconds:F1} s");
        }

        GC.Collect();
        var request = new EvaluationRequest(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "2026年", [], [], [], new DateOnly(2024, 1, 1));
        var first = await ReadAsync(services, request, "facts (first read)");
        var second = await ReadAsync(services, request, "facts (second read)");
        Console.WriteLine($"  samples {first.Samples.Count:N0}, strata {first.Strata.Count}, population keys {first.Population.Count}, officers {first.Officers.Count}, "
            + $"follow-ups {first.FollowUps.Count:N0}, publications {first.Publications.Count}, λ bins {first.LambdaBins.Count}; digest {first.DataDigest[..16]}… "
            + (first.DataDigest == second.DataDigest ? "equal on both reads" : "DIFFERS between reads"));

        if (pipeline)
        {
            // The whole report (run by the merger once i17-build and i17-render are merged): facts → model → PDF and HTML.
            var clock = Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            var facts = await scope.ServiceProvider.GetRequiredService<IEvaluationFactSource>().ReadAsync(request, null, CancellationToken.None);
            var read = clock.Elapsed;
            var header = new ReportHeader("宁夏回族自治区市场监管双随机抽查监管效果评估报告", request.PeriodLabel, request.From, request.To, "全局", DateTime.UtcNow,
                "bench", facts.Model?.Version, "bench", facts.DataDigest);
            var report = scope.ServiceProvider.GetRequiredService<IEvaluationReportBuilder>().Build(facts, header);
            var built = clock.Elapsed;
            var renderer = scope.ServiceProvider.GetRequiredService<IEvaluationReportRenderer>();
            var pdf = renderer.Render(report, ReportFormat.Pdf);
            var html = renderer.Render(report, ReportFormat.Html);
            clock.Stop();
            Console.WriteLine($"whole report in {clock.Elapsed.TotalSeconds:F2} s (facts {read.TotalSeconds:F2} s, model {(built - read).TotalSeconds:F2} s, "
                + $"PDF and HTML {(clock.Elapsed - built).TotalSeconds:F2} s): PDF {pdf.Length:N0} bytes, HTML {html.Length:N0} bytes");
        }

        Console.WriteLine($"working set {Environment.WorkingSet / 1048576.0:F0} MB now, {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB peak");
        return first.DataDigest == second.DataDigest ? 0 : 1;
    }

    private static async Task<EvaluationFacts> ReadAsync(IServiceProvider services, EvaluationRequest request, string what)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var steps = new List<string>();
        var progress = new StageClock(p => steps.Add($"{p.Percent}% {clock.Elapsed.TotalSeconds:F2} s"));
        var facts = await scope.ServiceProvider.GetRequiredService<IEvaluationFactSource>().ReadAsync(request, progress, CancellationToken.None);
        Console.WriteLine($"{what} in {clock.Elapsed.TotalSeconds:F2} s ({string.Join(", ", steps)})");
        return facts;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
