using System.Diagnostics;
using System.Globalization;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Draws.Commands.ExecuteDraw;
using DoubleRandom.Application.Draws.Commands.PrepareDraw;
using DoubleRandom.Application.Draws.Queries;
using DoubleRandom.Application.Tasks.Commands;
using DoubleRandom.Application.Tasks.Items;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Domain.Tasks;
using DoubleRandom.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Api.Cli;

/// <summary>
/// <c>bench-draw --targets 1000000 --officers 2000 --Database:Provider=postgres --Database:ConnectionString=…</c>:
/// loads a synthetic roster into an empty PostgreSQL database (SQL generate_series), then times prepare, execute+seal
/// (drawing 1 % ≈ 10,000 targets), the history query and the public list through the real use cases.
/// </summary>
internal static class BenchDrawCommand
{
    /// <summary>The operator the bench acts as; a real supervisor confirmation is granted to it.</summary>
    public sealed class BenchActor : ICurrentActor
    {
        public static readonly Guid OperatorId = Guid.Parse("0195f000-0000-7000-8000-00000000b0b0");

        public string Name => "bench-operator";

        public Guid? UserId => OperatorId;

        public IReadOnlyCollection<string> Roles => [Domain.Identity.Roles.Operator];

        public Guid? UnitId => null;

        public string? RequestId => null;

        public string? ClientAddress => null;
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var targets = Option(args, "--targets", 1_000_000);
        var officers = Option(args, "--officers", 2000);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        }

        var load = Stopwatch.StartNew();
        await LoadAsync(app, targets, officers);
        Report($"roster loaded ({targets} targets, {officers} officers)", load);

        var item = await SendAsync(app, new CreateInspectionItemCommand("食品经营许可情况检查", "amr", "《食品安全法》", ["许可证在有效期内"], null, ItemPriority.Key));
        var task = await SendAsync(app, new CreateTaskCommand(
            2026, $"bench {DateTime.UtcNow:O}", [item.Id], null, null, null, new ExclusionRules(false, false, false),
            [new StratumRule("A", null, 100, null), new StratumRule("B", null, 100, null), new StratumRule("C", null, 100, null), new StratumRule("D", null, 100, null)],
            200, 3, 60, 2, null, true));

        var total = Stopwatch.StartNew();
        var watch = Stopwatch.StartNew();
        var draw = await SendAsync(app, new PrepareDrawCommand(task.Id));
        Report("prepare (scope, exclusions, snapshots, roots, commitment, store)", watch);

        Guid confirmation;
        await using (var scope = app.Services.CreateAsyncScope())
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
        var sealedDraw = await SendAsync(app, new ExecuteDrawCommand(draw.Id, "bench entropy 2026", confirmation));
        Report($"execute + seal ({sealedDraw.Status}, {sealedDraw.Strata.Sum(s => s.SampleSize)} targets drawn)", watch);
        Report("prepare + execute + seal", total);

        for (var i = 0; i < 3; i++)
        {
            watch.Restart();
            var history = await SendAsync(app, new DrawHistoryQuery(2026, null, null, null, null, 1, 20, null));
            Report($"history by year, page of 20 (of {history.TotalCount} groups), run {i + 1}", watch);
            watch.Restart();
            var list = await SendAsync(app, new ListDrawsQuery(null, null, null, 1, 20, null));
            Report($"public draw list, page of 20 (of {list.TotalCount}), run {i + 1}", watch);
        }

        return 0;
    }

    private static async Task<T> SendAsync<T>(WebApplication app, ICommand<T> command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    private static async Task<T> SendAsync<T>(WebApplication app, IQuery<T> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }

    private static async Task LoadAsync(WebApplication app, int targets, int officers)
    {
        await using var scope = app.Services.CreateAsyncScope();
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
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static void Report(string what, Stopwatch watch) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalMilliseconds,10:0.0} ms  {what}"));
}
