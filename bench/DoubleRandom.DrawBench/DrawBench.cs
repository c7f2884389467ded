using DoubleRandom.Application.Common.Telemetry;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using DoubleRandom.Application.Draws.Commands.ExecuteDraw;
using DoubleRandom.Application.Draws.Commands.PrepareDraw;
using DoubleRandom.Application.Draws.Queries.DrawHistory;
using DoubleRandom.Application.Draws.Queries.ListDraws;
using DoubleRandom.Application.Tasks.Commands.CreateTask;
using DoubleRandom.Application.Tasks.Items.Commands.CreateInspectionItem;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Domain.Tasks;
using DoubleRandom.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.DrawBench;

/// <summary>
/// <c>dotnet run -c Release --project bench/DoubleRandom.DrawBench -- --targets 1000000 --officers 2000 --Database:Provider=postgres --Database:ConnectionString=…</c>:
/// loads a synthetic roster into an empty PostgreSQL database (SQL generate_series), then times prepare, execute+seal
/// (drawing 1 % ≈ 10,000 targets), the history query and the public list through the real use cases. The phases are
/// the spans of <see cref="UseCaseTelemetry"/>, heard by a <see cref="PhaseListener"/>.
/// </summary>
internal static class DrawBench
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        using var phases = new PhaseListener();
        var targets = Option(args, "--targets", 1_000_000);
        var officers = Option(args, "--officers", 2000);
        var earlierInspections = Option(args, "--history", 30_000);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        }

        var load = Stopwatch.StartNew();
        await LoadAsync(services, targets, officers);
        await LoadHistoryAsync(services, Math.Min(earlierInspections, 3 * targets), officers, targets);
        Report($"roster loaded ({targets} targets, {officers} officers, {earlierInspections} earlier inspection rows)", load);

        // --score: the task draws in score mode (#16) and every target carries a model score (written once, as a scoring would).
        var weighting = args.Contains("--score") ? RiskWeighting.Score : RiskWeighting.Tier;
        if (weighting == RiskWeighting.Score)
        {
            await ScoreAsync(services);
        }

        var runs = Option(args, "--runs", 1);
        var item = await SendAsync(services, new CreateInspectionItemCommand("食品经营许可情况检查", "amr", "《食品安全法》", ["许可证在有效期内"], null, ItemPriority.Key));
        for (var run = 1; run <= runs; run++)
        {
            // The first run of the process is cold (JIT, EF query compilation, GC heaps growing); later runs are warm and
            // also see the inspection history the earlier runs sealed.
            Console.WriteLine($"== run {run} of {runs}{(run == 1 ? " (cold process)" : " (warm process)")}");
            await DrawOnceAsync(services, phases, item.Id, weighting);
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 3; i++)
        {
            watch.Restart();
            var history = await SendAsync(services, new DrawHistoryQuery(2026, null, null, null, null, 1, 20, null));
            Report($"history by year, page of 20 (of {history.TotalCount} groups), run {i + 1}", watch);
            watch.Restart();
            var list = await SendAsync(services, new ListDrawsQuery(null, null, null, 1, 20, null, PublicOnly: true));
            Report($"public draw list, page of 20 (of {list.TotalCount}), run {i + 1}", watch);
        }

        return 0;
    }

    /// <summary>One task drawing 1 % of each of four strata (about 10,000 targets) in 200 groups of 3: prepare, confirm, execute.</summary>
    private static async Task DrawOnceAsync(IServiceProvider services, PhaseListener phases, Guid itemId, RiskWeighting weighting)
    {
        var task = await SendAsync(services, new CreateTaskCommand(
            2026, $"bench {DateTime.UtcNow:O}", [itemId], null, null, null, new ExclusionRules(false, false, false),
            [new StratumRule("A", null, 100, null), new StratumRule("B", null, 100, null), new StratumRule("C", null, 100, null), new StratumRule("D", null, 100, null)],
            200, 3, 60, 2, null, true, weighting, 1000));

        Console.WriteLine($"load average before the draw: {LoadAverage()}");
        var total = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (pause, gen0, gen1, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var watch = Stopwatch.StartNew();
        var (draw, preparePhases) = await SendTimedAsync(services, phases, new PrepareDrawCommand(task.Id));
        var prepareTime = watch.Elapsed;
        total.Stop();
        Report("prepare (scope, exclusions, snapshots, roots, commitment, store)", watch);
        ReportPhases(preparePhases);

        Guid confirmation;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var supervisor = User.Create($"bench-sup-{Guid.NewGuid():N}", "bench supervisor", [Roles.Supervisor], null, "not-a-hash", false);
            db.Users.Add(supervisor);
            var grant = ActionConfirmation.Grant(ExecuteDrawHandler.Action, draw.Id.ToString(), supervisor, BenchActor.OperatorId, DateTime.UtcNow, TimeSpan.FromMinutes(5));
            db.ActionConfirmations.Add(grant);
            await db.SaveChangesAsync();
            confirmation = grant.Id;
        }

        watch.Restart();
        total.Start();
        var (sealedDraw, executePhases) = await SendTimedAsync(services, phases, new ExecuteDrawCommand(draw.Id, "bench entropy 2026", confirmation));
        var executeTime = watch.Elapsed;
        Report($"execute + seal ({sealedDraw.Status}, {sealedDraw.Strata.Sum(s => s.SampleSize)} targets drawn)", watch);
        Console.WriteLine($"{"",10} snapshots: {await LeafCountsAsync(services, draw.Id)}");
        ReportPhases(executePhases);
        total.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{total.Elapsed.TotalMilliseconds,10:0.0} ms  TOTAL prepare + execute + seal (prepare {prepareTime.TotalMilliseconds:0} + execute {executeTime.TotalMilliseconds:0}; "
            + $"this process used {cpuUsed.TotalMilliseconds:0} ms CPU; the supervisor's confirmation in between is not counted)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"",10} GC during the draw: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(1) - gen1} gen1, {GC.CollectionCount(2) - gen2} gen2 collections, "
            + $"{(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms paused; {(GCSettings.IsServerGC ? "server" : "workstation")} GC"));
        Console.WriteLine($"load average after the draw: {LoadAverage()}");
    }

    private static async Task<T> SendAsync<T>(IServiceProvider services, ICommand<T> command)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    /// <summary>Sends in a scope of its own and returns the phase spans the use case recorded meanwhile.</summary>
    private static async Task<(T Result, IReadOnlyList<PhaseListener.Phase> Phases)> SendTimedAsync<T>(
        IServiceProvider services, PhaseListener phases, ICommand<T> command)
    {
        phases.Clear();
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
        return (result, phases.Take());
    }

    private static async Task<T> SendAsync<T>(IServiceProvider services, IQuery<T> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }

    /// <summary>A model score (0.001..1, from the code's hash) and model version 1 on every target without one.</summary>
    private static async Task ScoreAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var watch = Stopwatch.StartNew();
        var scored = await db.Database.ExecuteSqlRawAsync(
            "UPDATE targets SET risk_score = (abs(hashtext(code)) % 1000 + 1) / 1000.0, risk_model_version = 1 WHERE risk_score IS NULL");
        if (scored > 0)
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE targets");
        }

        Report($"scores written ({scored} targets)", watch);
    }

    private static async Task LoadAsync(IServiceProvider services, int targets, int officers)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        if (await db.Targets.CountAsync() >= targets)
        {
            return;
        }

        if (!await db.Departments.AnyAsync(d => d.Code == "amr"))
        {
            db.Departments.AddRange(Department.Create("amr", "市场监管"), Department.Create("fire", "消防"));
        }

        var unit = BranchUnit.Create($"B{Random.Shared.Next(100000)}", "银川市局（基准）", null, "640100");
        db.BranchUnits.Add(unit);
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO targets (id, code, kind, name, address, region_code, industry_section, industry_division, department_codes, status,
              risk_tier, tags, draw_reference_count, version, created_at_utc, created_by, updated_at_utc, updated_by)
            SELECT gen_random_uuid(), 'BENCH' || lpad(i::text, 9, '0'), 'Enterprise', '基准企业' || i, '银川市兴庆区' || i || '号',
              CASE i % 3 WHEN 0 THEN '640104' WHEN 1 THEN '640105' ELSE '640106' END, 'F', '51', '|amr|', 'Active',
              chr(65 + (i % 4)), '', 0, 1, now(), 'bench', now(), 'bench'
            FROM generate_series(1, {targets}) AS i
            ORDER BY md5(i::text)
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO officers (id, number, name, unit_id, department_code, status, is_leader_eligible, expertise_tags, version,
              created_at_utc, created_by, updated_at_utc, updated_by)
            SELECT gen_random_uuid(), 'BO' || lpad(i::text, 6, '0'), '执法员' || i, {unit.Id}, CASE i % 2 WHEN 0 THEN 'amr' ELSE 'fire' END,
              'Active', i % 6 = 0, '', 1, now(), 'bench', now(), 'bench'
            FROM generate_series(1, {officers}) AS i
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO officer_certificates (type, number, issued_on, expires_on, officer_id)
            SELECT '执法证', 'C' || number, DATE '2020-01-01', DATE '2099-01-01', id FROM officers WHERE number LIKE 'BO%'
            """);
        // A roster in service has long been vacuumed: set hint bits and the visibility map now, not in the first draw.
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE targets");
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    /// <summary>
    /// The derived recusal rule reads the inspection history, so every run starts from the same one: <paramref name="rows"/>
    /// synthetic earlier inspections (three officers each, loaded once), and none of the rows earlier bench runs sealed.
    /// </summary>
    private static async Task LoadHistoryAsync(IServiceProvider services, int rows, int officers, int targets)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var earlier = new DateOnly(2025, 6, 1);
        await db.Database.ExecuteSqlAsync($"DELETE FROM inspection_history WHERE target_code LIKE 'BENCH%' AND inspected_on <> {earlier}");
        var present = await db.InspectionHistory.CountAsync(h => h.InspectedOn == earlier && h.TargetCode.StartsWith("BENCH"));
        if (present == rows)
        {
            return;
        }

        await db.Database.ExecuteSqlAsync($"DELETE FROM inspection_history WHERE target_code LIKE 'BENCH%'");
        var inspections = rows / 3;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO inspection_history (officer_id, target_code, inspected_on)
            SELECT o.id, 'BENCH' || lpad((t::bigint * 37 % {targets} + 1)::text, 9, '0'), {earlier}
            FROM generate_series(1, {inspections}) AS t CROSS JOIN generate_series(0, 2) AS k
            JOIN officers o ON o.number = 'BO' || lpad(((t * 7 + k) % {officers} + 1)::text, 6, '0')
            """);
        await db.Database.ExecuteSqlRawAsync("ANALYZE inspection_history");
    }

    private static async Task<string> LeafCountsAsync(IServiceProvider services, Guid drawId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var counts = await db.DrawSnapshots.AsNoTracking().Where(s => s.DrawId == drawId)
            .Select(s => new { s.Kind, s.LeafCount, Bytes = s.Data.Length }).ToListAsync();
        return string.Join(", ", counts.OrderBy(c => c.Kind).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Kind} {c.LeafCount} leaves ({c.Bytes} bytes gzip)")));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static void ReportPhases(IReadOnlyList<PhaseListener.Phase> phases)
    {
        foreach (var p in phases)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p.Elapsed.TotalMilliseconds,14:0.0} ms    {(p.ProcessCpu is { } cpu ? $"(cpu {cpu.TotalMilliseconds,6:0})" : "            ")}  {(p.Concurrent ? "∥ " : "· ")}{p.Name}"));
        }
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), to judge how shared the machine was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static void Report(string what, Stopwatch watch) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalMilliseconds,10:0.0} ms  {what}"));
}
