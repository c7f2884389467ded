using DoubleRandom.Application.Common.Telemetry;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Rosters.Recusals;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>
/// Decides eligibility (§2: "decided before the snapshot") and builds the DR1 input of a task: the targets in
/// scope minus the exclusions, each in its stratum; the active officers in scope, certified as of the draw date;
/// and the recusal pairs between them (registry and derived).
/// </summary>
public sealed class DrawSnapshotBuilder(IApplicationDbContext db, IRecusalSource recusals, IDrawStore store)
{
    public async Task<DrawInputs> BuildAsync(InspectionTask task, Guid drawId, DateOnly drawDate, CancellationToken ct)
    {
        var s = task.Settings;
        var items = await db.InspectionItems.AsNoTracking().Where(i => s.ItemIds.Contains(i.Id)).ToListAsync(ct);
        var excluded = await ExcludedCodesAsync(task, ct);
        var phases = UseCasePhases.Current;
        phases?.Mark("exclusions");

        // The million-row target read runs on a connection of its own while officers and recusal pairs are read here.
        var collector = new TargetCollector(s.TargetScope, s.Strata, excluded, s.RiskWeighting, s.UniformShareBp);
        var targetsRead = store.ReadsTargetsOnOwnConnection ? Task.Run(() => TimedAsync(() => store.ReadTargetsAsync(collector, ct)), ct) : null;
        var officers = await OfficersAsync(s, items, drawDate, ct);
        var byId = officers.Values.ToDictionary(o => o.Officer.Id);
        var pairs = await recusals.GetActiveRecusalsAsync(drawDate, byId.Keys, null, ct);
        if (targetsRead is not null)
        {
            phases?.Mark("officers+recusal pairs (while targets are read)");
            var elapsed = await targetsRead;
            phases?.Note("targets read (concurrent, from its start)", elapsed);
        }
        else
        {
            await store.ReadTargetsAsync(collector, ct);
        }

        var targets = collector.ToArray();
        phases?.Mark("targets");

        var recusalLeaves = RecusalLeaves(pairs, targets, byId.ToDictionary(o => o.Key, o => o.Value.Officer.Number));
        phases?.Mark("recusals");

        var departments = items.Select(i => i.DepartmentCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var parameters = new Dr1Parameters(
            task.Id.ToString("N"), drawId.ToString("N"),
            s.Strata.ToDictionary(r => r.Key, r => new StratumAllocation(r.RatioBp, r.Count), StringComparer.Ordinal),
            s.Groups, s.OfficersPerGroup, s.TargetsPerGroup, s.MinCertifiedPerGroup,
            departments.Count > 1 ? departments : []);
        var input = new Dr1Input(parameters, targets, [.. officers.Values.Select(o => o.Leaf)], recusalLeaves);
        var map = officers.ToDictionary(
            o => o.Key, o => new SnapshotOfficer(o.Value.Officer.Id, o.Value.Officer.Number, o.Value.Officer.Name, o.Value.Officer.UnitId),
            StringComparer.Ordinal);
        return new DrawInputs(input, map, collector.Skipped + excluded.Count, collector.RiskUse(), collector.ModelVersions(), collector.Unstratified());
    }

    /// <summary>
    /// The recusal leaves of the snapshot, in leaf order and without duplicates (a pair both registered and derived is one
    /// leaf): only pairs whose target is in the targets snapshot (a set of the pairs' codes tested against the targets
    /// once). Sorted by the officer's rank in leaf order, then the code: up to hundreds of thousands of pairs, so no leaf
    /// string is built and no comparison goes through two objects.
    /// </summary>
    private static List<RecusalLeaf> RecusalLeaves(IReadOnlyList<ActiveRecusal> pairs, TargetLeaf[] targets, Dictionary<Guid, string> numbers)
    {
        if (pairs.Count == 0)
        {
            return [];
        }

        var pairCodes = pairs.Select(p => p.TargetCode).ToHashSet(StringComparer.Ordinal);
        var inSnapshot = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in targets)
        {
            if (pairCodes.Contains(t.Code))
            {
                inSnapshot.Add(t.Code);
            }
        }

        var officers = numbers.Values.Order(Comparer<string>.Create(RecusalLeafOrder.CompareOfficerIds)).ToArray();
        var rankOf = officers.Select((number, i) => (number, i)).ToDictionary(x => x.number, x => x.i, StringComparer.Ordinal);
        var rank = numbers.ToDictionary(o => o.Key, o => rankOf[o.Value]);

        var keys = new List<(int Officer, string Code)>(pairs.Count);
        foreach (var p in pairs)
        {
            if (rank.TryGetValue(p.OfficerId, out var r) && inSnapshot.Contains(p.TargetCode))
            {
                keys.Add((r, p.TargetCode));
            }
        }

        keys.Sort((a, b) => a.Officer != b.Officer ? a.Officer.CompareTo(b.Officer) : string.CompareOrdinal(a.Code, b.Code));
        var leaves = new List<RecusalLeaf>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (i == 0 || keys[i].Officer != keys[i - 1].Officer || !string.Equals(keys[i].Code, keys[i - 1].Code, StringComparison.Ordinal))
            {
                leaves.Add(new RecusalLeaf(officers[keys[i].Officer], keys[i].Code));
            }
        }

        return leaves;
    }

    private static async Task<TimeSpan> TimedAsync(Func<Task> read)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await read();
        return watch.Elapsed;
    }

    private async Task<HashSet<string>> ExcludedCodesAsync(InspectionTask task, CancellationToken ct)
    {
        var rules = task.Settings.Exclusions;
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var year = task.Year;
        var sealedDraws = db.Draws.AsNoTracking().Where(d => d.Year == year && d.Status == DrawStatus.Sealed && d.TaskId != task.Id);
        if (rules.InspectedThisYear)
        {
            excluded.UnionWith(await db.DrawSelections.AsNoTracking()
                .Where(x => sealedDraws.Any(d => d.Id == x.DrawId)).Select(x => x.TargetCode).ToListAsync(ct));
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            excluded.UnionWith(await db.InspectionHistory.AsNoTracking()
                .Where(h => h.InspectedOn >= from && h.InspectedOn <= to).Select(h => h.TargetCode).ToListAsync(ct));
        }

        if (rules.OnOpenTaskThisYear || rules.InspectedThisYearForSameItem)
        {
            var others = await db.InspectionTasks.AsNoTracking().Where(t => t.Year == year && t.Id != task.Id).ToListAsync(ct);
            var ids = others
                .Where(t => (rules.OnOpenTaskThisYear && t.Status != InspectionTaskStatus.Closed)
                    || (rules.InspectedThisYearForSameItem && t.Settings.ItemIds.Intersect(task.Settings.ItemIds).Any()))
                .Select(t => t.Id).ToList();
            excluded.UnionWith(await db.DrawSelections.AsNoTracking()
                .Where(x => sealedDraws.Any(d => d.Id == x.DrawId && ids.Contains(d.TaskId))).Select(x => x.TargetCode).ToListAsync(ct));
        }

        return excluded;
    }

    private async Task<Dictionary<string, (Officer Officer, OfficerLeaf Leaf)>> OfficersAsync(
        TaskSettings s, List<InspectionItem> items, DateOnly drawDate, CancellationToken ct)
    {
        var units = await db.BranchUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Code }).ToListAsync(ct);
        var inScope = new HashSet<Guid>(s.OfficerScope.UnitIds);
        if (inScope.Count > 0)
        {
            // A unit in scope brings the units below it.
            var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
            var pending = new Queue<Guid>(inScope);
            while (pending.TryDequeue(out var unit))
            {
                foreach (var child in children[unit].Where(inScope.Add))
                {
                    pending.Enqueue(child);
                }
            }
        }

        var unitCodes = units.ToDictionary(u => u.Id, u => Dr1Limits.IsToken(u.Code) ? u.Code : u.Id.ToString("N"));
        var expertise = items.Select(i => i.RequiredExpertise).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => o.Status == OfficerStatus.Active).ToListAsync(ct);
        return officers
            .Where(o => inScope.Count == 0 || inScope.Contains(o.UnitId))
            .Where(o => expertise.Count == 0 || expertise.Any(e => o.ExpertiseTags.Contains($"|{e}|", StringComparison.Ordinal)))
            .Where(o => Dr1Limits.IsToken(o.Number) && Dr1Limits.IsToken(o.DepartmentCode))
            .ToDictionary(
                o => o.Number,
                o => (o, new OfficerLeaf(o.Number, unitCodes.GetValueOrDefault(o.UnitId, o.UnitId.ToString("N")), o.DepartmentCode,
                    o.IsCertifiedOn(drawDate), o.IsLeaderEligible)),
                StringComparer.Ordinal);
    }
}
