using System.Globalization;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Inspections.FollowUps;
using DoubleRandom.Domain.Organization;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace DoubleRandom.EvaluationBench;

/// <summary>
/// A year of supervision at scale, written fast: --targets targets by COPY (11 counties of 5 prefectures, 10 industry
/// sections, tiers A 40 % / B 30 % / C 20 % / D 10 %), 300 officers, and 17 closed tasks of 2026 with sealed draws built
/// through the domain (parameters, strata sizes, the frozen targets and officers snapshots, groups): one task over the
/// whole roster by tier with weights 1–3 (λ varies; ≈ 26,000 drawn) and 16 over 50,000-target slices (simple random,
/// ≈ 4,600 each). Every selection gets a final record of two items by COPY (problems more likely in riskier tiers), a
/// problem a follow-up, and 14 tasks a publication. Selection is Pareto order sampling with λ from
/// <see cref="ParetoSampler.InclusionProbabilities"/>, as DR1 computes it.
/// </summary>
internal sealed class EvaluationSeeder(AppDbContext db, string connectionString)
{
    private static readonly string[] Counties = ["640104", "640105", "640106", "640205", "640221", "640302", "640303", "640402", "640422", "640502", "640521"];
    private static readonly string[] Sections = ["C", "E", "F", "G", "H", "I", "K", "L", "M", "O"];
    private static readonly DateTime Year = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly Random _random = new(17);
    private readonly List<(Officer Officer, string Leaf)> _officers = [];
    private BranchUnit _unit = null!;
    private List<InspectionItem> _items = [];

    public long Records { get; private set; }

    public long Selections { get; private set; }

    public static RiskTier TierOf(int i) => (int)(((ulong)i * 11400714819323198485UL >> 32) % 10) switch
    {
        < 4 => RiskTier.A,
        < 7 => RiskTier.B,
        < 9 => RiskTier.C,
        _ => RiskTier.D,
    };

    public async Task SeedAsync(int targets)
    {
        // The draws are built without running DR1 (no result lines, no year's claims): the database's integrity triggers
        // would refuse them, so the seeding — as the throw-away cluster's superuser — writes with triggers off.
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync(ReplicaRole);
        await LoadTargetsAsync(targets);
        await SeedOrganisationAsync();
        var whole = Enumerable.Range(0, targets).ToArray();
        await DrawAsync(0, "2026年全区市场主体分级抽查", whole, i => 1 + (i % 3), new Dictionary<string, int> { ["A"] = 100, ["B"] = 200, ["C"] = 400, ["D"] = 800 }, 200);
        var slice = Math.Min(50_000, targets / 20);
        for (var k = 1; k <= 16; k++)
        {
            var members = Enumerable.Range(0, slice).Select(j => (j * 16) + k - 1).Where(i => i < targets).ToArray();
            await DrawAsync(k, $"2026年专项检查{k:00}", members, _ => 1, new Dictionary<string, int> { ["A"] = 925, ["B"] = 925, ["C"] = 925, ["D"] = 925 }, 100);
        }

        await using var connection = await OpenAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private const string ReplicaRole = "SET session_replication_role = replica";

    private static string Code(int i) => $"E{i:D9}";

    private async Task LoadTargetsAsync(int count)
    {
        await using var connection = await OpenAsync();
        var created = Year.AddYears(-1);
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY targets (id, code, kind, name, region_code, industry_section, industry_division, department_codes, status, risk_tier, tags, "
            + "draw_reference_count, version, created_at_utc, created_by, updated_at_utc, updated_by) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < count; i++)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await copy.WriteAsync(Code(i), NpgsqlDbType.Varchar);
            await copy.WriteAsync("Enterprise", NpgsqlDbType.Varchar);
            await copy.WriteAsync($"基准企业{i}", NpgsqlDbType.Varchar);
            await copy.WriteAsync(Counties[i % Counties.Length], NpgsqlDbType.Varchar);
            await copy.WriteAsync(Sections[i / Counties.Length % Sections.Length], NpgsqlDbType.Varchar);
            await copy.WriteAsync(DBNull.Value, NpgsqlDbType.Varchar);
            await copy.WriteAsync(i % 5 == 0 ? "|amr|fire|" : "|amr|", NpgsqlDbType.Varchar);
            await copy.WriteAsync("Active", NpgsqlDbType.Varchar);
            await copy.WriteAsync(TierOf(i).ToString(), NpgsqlDbType.Varchar);
            await copy.WriteAsync(string.Empty, NpgsqlDbType.Varchar);
            await copy.WriteAsync(0, NpgsqlDbType.Integer);
            await copy.WriteAsync(1, NpgsqlDbType.Integer);
            await copy.WriteAsync(created, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
            await copy.WriteAsync(created, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
        }

        await copy.CompleteAsync();
    }

    private async Task SeedOrganisationAsync()
    {
        db.Departments.AddRange(Department.Create("amr", "市场监管"), Department.Create("fire", "消防"));
        _unit = BranchUnit.Create("NX", "宁夏回族自治区市场监督管理局", null, "640000");
        db.BranchUnits.Add(_unit);
        for (var i = 1; i <= 300; i++)
        {
            var officer = Officer.Create($"P{i:000}", new OfficerDetails(
                $"执法员{i}", _unit.Id, i % 4 == 0 ? "fire" : "amr", OfficerStatus.Active, true, null, [],
                [new EnforcementCertificate("执法证", $"Z{i}", new DateOnly(2020, 1, 1), new DateOnly(2099, 1, 1))]));
            db.Officers.Add(officer);
            _officers.Add((officer, new OfficerLeaf(officer.Number, "NX", officer.DepartmentCode, true, true).ToString()));
        }

        _items =
        [
            InspectionItem.Create("食品经营许可情况检查", "amr", "《食品安全法》第三十五条", ["许可证在有效期内"], null, ItemPriority.Key),
            InspectionItem.Create("食品安全管理制度检查", "amr", "《食品安全法》第四十四条", ["建立食品安全管理制度"], null, ItemPriority.General),
        ];
        db.InspectionItems.AddRange(_items);
        await db.SaveChangesAsync();
    }

    private async Task DrawAsync(int k, string name, int[] members, Func<int, int> weightOf, Dictionary<string, int> ratios, int targetsPerGroup)
    {
        var executed = Year.AddDays(20 + (k * 15));
        var strata = ratios.Keys.Select(t => new StratumRule(t, null, ratios[t], null)).ToList();
        var settings = new TaskSettings(
            [.. _items.Select(i => i.Id)], "amr", TargetScope.Everything, new OfficerScope([_unit.Id]), ExclusionRules.Default, strata, 1, 2,
            targetsPerGroup, 0, null, false);
        var task = InspectionTask.Create(2026, name, settings);

        // DR1 §6 on this slice: λ per stratum from the weights, then the n' units with the smallest Pareto Q (take-all first).
        var leaves = members.Select(i => new TargetLeaf(Code(i), TierOf(i).ToString(), weightOf(i))).OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
        var sizes = new List<StratumSize>();
        var selected = new List<(TargetLeaf Leaf, double Lambda)>();
        foreach (var stratum in leaves.GroupBy(l => l.Stratum).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var units = stratum.ToList();
            var n = StratumAllocation.Ratio(ratios[stratum.Key]).SampleSize(units.Count);
            sizes.Add(new StratumSize(stratum.Key, units.Count, n));
            var lambdas = ParetoSampler.InclusionProbabilities([.. units.Select(u => u.Weight)], n);
            var taken = units.Select((u, i) => (Unit: u, Lambda: lambdas[i], Q: lambdas[i] >= 1 ? -1 : Q(lambdas[i])))
                .OrderBy(x => x.Q).Take(n);
            selected.AddRange(taken.Select(x => (x.Unit, x.Lambda)));
        }

        var groups = (selected.Count + targetsPerGroup - 1) / targetsPerGroup;
        var draw = Draw.Start(task.Id, 2026, false, DateOnly.FromDateTime(executed));
        var allocation = ratios.ToDictionary(r => r.Key, r => StratumAllocation.Ratio(r.Value), StringComparer.Ordinal);
        draw.Commit(
            new Dr1Parameters(task.Id.ToString(), draw.Id.ToString(), allocation, groups, 2, targetsPerGroup, 0, []),
            new Dr1Preparation("bench", "bench", "bench", "bench", sizes, "bench"), new byte[32], "bench", executed.AddHours(-1));
        task.DrawPrepared(draw.Id);
        db.InspectionTasks.Add(task);
        db.Draws.Add(draw);
        var encoded = SnapshotCodec.EncodeTargets(leaves);
        db.DrawSnapshots.Add(DrawSnapshot.Create(draw.Id, SnapshotKind.Targets, leaves.Count, encoded.Data, encoded.MemberIndex));
        db.DrawSnapshots.Add(DrawSnapshot.Create(draw.Id, SnapshotKind.Officers, _officers.Count, SnapshotCodec.Encode([.. _officers.Select(o => o.Leaf)])));
        var order = _officers.OrderBy(_ => _random.Next()).ToList();
        for (var g = 1; g <= groups; g++)
        {
            for (var p = 0; p < 2; p++)
            {
                var officer = order[((g - 1) * 2) + p].Officer;
                db.DrawGroupMembers.Add(DrawGroupMember.Create(draw.Id, g, p, officer.Id, officer.Number, officer.Name, _unit.Id));
            }
        }

        await db.SaveChangesAsync(); // created prepared (the database refuses a draw inserted sealed), then executed
        draw.Seal(new Dr1Result(new Dr1Digests("bench", "bench", "bench", "bench", "bench", "bench"), "bench", "bench", null, null, [], [], [], []),
            "bench-entropy", "bench", "bench", executed);
        task.DrawFinished(true);
        task.Close(executed.AddDays(60));
        if (k < 14)
        {
            var completed = PublicationDates.ShanghaiDate(executed.AddDays(60));
            db.TaskPublications.Add(TaskPublication.Create(task.Id, completed, completed.AddDays(28), executed.AddDays(60 + _random.Next(5, 40)), "bench", selected.Count * 2, "bench"));
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        await CopyResultsAsync(task.Id, draw.Id, executed, selected, targetsPerGroup);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var replica = new NpgsqlCommand(ReplicaRole, connection);
        await replica.ExecuteNonQueryAsync();
        return connection;
    }

    private double Q(double lambda)
    {
        var u = _random.NextDouble();
        return u / (1 - u) / (lambda / (1 - lambda));
    }

    /// <summary>Selections, one final record of both items per selection (started within 50 days of the draw), and a follow-up per problem record.</summary>
    private async Task CopyResultsAsync(Guid taskId, Guid drawId, DateTime executed, List<(TargetLeaf Leaf, double Lambda)> selected, int targetsPerGroup)
    {
        await using var connection = await OpenAsync();
        var problems = new List<(Guid Record, string Code, DateTime At)>();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY draw_selections (draw_id, target_code, target_name, stratum, weight, lambda, group_number) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < selected.Count; i++)
            {
                var (leaf, lambda) = selected[i];
                await copy.StartRowAsync();
                await copy.WriteAsync(drawId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(leaf.Code, NpgsqlDbType.Varchar);
                await copy.WriteAsync($"基准企业{leaf.Code}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(leaf.Stratum, NpgsqlDbType.Varchar);
                await copy.WriteAsync(leaf.Weight, NpgsqlDbType.Integer);
                await copy.WriteAsync(lambda, NpgsqlDbType.Double);
                await copy.WriteAsync((i / targetsPerGroup) + 1, NpgsqlDbType.Integer);
            }

            await copy.CompleteAsync();
        }

        var records = new List<(Guid Id, bool First, bool Second)>();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY inspection_records (id, task_id, draw_id, group_number, target_code, target_name, method, started_at_utc, finished_at_utc, recorded_by, "
            + "recorded_at_utc, acknowledgement_kind, content_version, version, created_at_utc, created_by, updated_at_utc, updated_by) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < selected.Count; i++)
            {
                var leaf = selected[i].Leaf;
                var rate = leaf.Stratum switch { "A" => 0.05, "B" => 0.10, "C" => 0.20, _ => 0.35 };
                var id = Guid.CreateVersion7();
                var started = executed.AddDays(1 + _random.Next(50)).AddHours(1);
                var first = _random.NextDouble() < rate;
                var second = _random.NextDouble() < rate / 2;
                records.Add((id, first, second));
                if (first || second)
                {
                    problems.Add((id, leaf.Code, started.AddDays(1)));
                }

                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(taskId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(drawId, NpgsqlDbType.Uuid);
                await copy.WriteAsync((i / targetsPerGroup) + 1, NpgsqlDbType.Integer);
                await copy.WriteAsync(leaf.Code, NpgsqlDbType.Varchar);
                await copy.WriteAsync($"基准企业{leaf.Code}", NpgsqlDbType.Varchar);
                await copy.WriteAsync("OnSite", NpgsqlDbType.Varchar);
                await copy.WriteAsync(started, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(started.AddMinutes(45), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
                await copy.WriteAsync(started.AddHours(1), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("Signed", NpgsqlDbType.Varchar);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(started, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
                await copy.WriteAsync(started, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY inspection_item_results (record_id, item_id, item_name, result_category_code) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, first, second) in records)
            {
                for (var item = 0; item < 2; item++)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(_items[item].Id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(_items[item].Name, NpgsqlDbType.Varchar);
                    await copy.WriteAsync((item == 0 ? first : second) ? OutcomeCategories.OrderedToRectify : OutcomeCategories.NoProblem, NpgsqlDbType.Varchar);
                }
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY follow_ups (id, task_id, record_id, target_code, target_name, item_id, item_name, result_category_code, supervising_unit_id, deadline, "
            + "status, handed_over_by, handed_over_at_utc, closed_at_utc, version, created_at_utc, created_by, updated_at_utc, updated_by) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (record, code, at) in problems)
            {
                var roll = _random.Next(10);
                var status = roll < 7 ? FollowUpStatus.Closed : roll < 8 ? FollowUpStatus.Rectified : FollowUpStatus.InProgress;
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(taskId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(record, NpgsqlDbType.Uuid);
                await copy.WriteAsync(code, NpgsqlDbType.Varchar);
                await copy.WriteAsync($"基准企业{code}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(_items[0].Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(_items[0].Name, NpgsqlDbType.Varchar);
                await copy.WriteAsync(OutcomeCategories.OrderedToRectify, NpgsqlDbType.Varchar);
                await copy.WriteAsync(_unit.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(DateOnly.FromDateTime(at.AddDays(30)), NpgsqlDbType.Date);
                await copy.WriteAsync(status.ToString(), NpgsqlDbType.Varchar);
                await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                if (status != FollowUpStatus.Closed)
                {
                    await copy.WriteAsync(DBNull.Value, NpgsqlDbType.TimestampTz);
                }
                else
                {
                    await copy.WriteAsync(at.AddDays(_random.Next(3, 45)), NpgsqlDbType.TimestampTz);
                }

                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("bench", NpgsqlDbType.Varchar);
            }

            await copy.CompleteAsync();
        }

        Selections += selected.Count;
        Records += records.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  task {taskId:N}: {selected.Count:N0} drawn and recorded, {problems.Count:N0} follow-ups"));
    }
}
