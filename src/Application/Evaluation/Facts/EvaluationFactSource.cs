using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Draws.Snapshots;
using DoubleRandom.Application.Publication;
using DoubleRandom.Application.Risk.Features;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Drawing;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>
/// Reads a report's facts with EF on both providers (docs/evaluation-report-facts.md, ADR 0034). What is counted over
/// the roster (the population per tier, region and industry; the tier distribution now) is grouped in the database;
/// what the report needs row by row — the samples — is read once: the selections of the sealed draws joined to their
/// targets, the final records of those draws with their current items (finality and problem categories from the same
/// <see cref="HistoryReader"/> as the risk model), and the history grouped per target-day in the database.
/// </summary>
public sealed class EvaluationFactSource(IApplicationDbContext db, IReferenceData reference) : IEvaluationFactSource
{
    private const string Stage = "Reading";

    public async Task<EvaluationFacts> ReadAsync(EvaluationRequest request, IProgress<EvaluationProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        void Report(int percent) => progress?.Report(new EvaluationProgress(Stage, percent));
        Report(0);

        var reader = await HistoryReader.CreateAsync(db, ct);
        var tasks = await db.InspectionTasks.AsNoTracking()
            .Select(t => new { t.Id, t.Name, t.Settings, t.Status, t.ClosedAtUtc }).ToListAsync(ct);
        var scope = await FactScope.LoadAsync(db, request, tasks.Select(t => (t.Id, t.Settings.OfficerScope.UnitIds)), ct);
        var periodStart = HistoryReader.StartUtc(request.From);
        var end = HistoryReader.StartUtc(request.To.AddDays(1));
        var trendStart = HistoryReader.StartUtc(request.TrendFrom < request.From ? request.TrendFrom : request.From);

        var draws = (await db.Draws.AsNoTracking()
                .Where(d => d.Status == DrawStatus.Sealed && d.ExecutedAtUtc >= trendStart && d.ExecutedAtUtc < end).ToListAsync(ct))
            .Where(d => scope.HasTask(d.TaskId))
            .OrderBy(d => d.ExecutedAtUtc).ThenBy(d => d.Id).ToList();
        var periodDraws = draws.Where(d => d.ExecutedAtUtc >= periodStart).ToList();
        var drawIds = draws.Select(d => d.Id).ToList();
        Report(10);

        var drawn = await DrawnAsync(scope, drawIds, ct);
        Report(25);
        var records = await FinalRecordsAsync(reader, drawIds, end, ct);
        Report(40);

        var sealedOn = draws.ToDictionary(d => d.Id, d => PublicationDates.ShanghaiDate(d.ExecutedAtUtc!.Value));
        var weighting = draws.ToDictionary(d => d.Id, d => d.RiskWeighting.ToString());
        var samples = new List<(string Code, SampleFact Fact)>();
        foreach (var row in drawn)
        {
            if (records.TryGetValue((row.DrawId, row.Code), out var record))
            {
                var problems = record.Items.Count(i => reader.ProblemCodes.Contains(i.Category));
                samples.Add((row.Code, new SampleFact(
                    $"{row.DrawId:N}|{row.Stratum}", SampleSource.Draw, sealedOn[row.DrawId], row.Lambda, problems > 0, record.Items.Count, problems,
                    TierAtDraw(row.Stratum, row.Tier), FactLabels.Prefecture(row.Region), row.Industry, weighting[row.DrawId])));
            }
        }

        var strata = DrawStrata(scope, draws, drawn, records, sealedOn);
        var history = await HistorySamplesAsync(scope, reader, request, ct);
        samples.AddRange(history);
        strata.AddRange(history.GroupBy(h => h.Fact.Design, StringComparer.Ordinal).Select(g => new StratumFact(
            g.Key, g.Min(h => h.Fact.Day), null, g.LongCount(), g.LongCount(h => h.Fact.Lambda >= 1), g.LongCount())));
        Report(55);

        var periodDrawIds = periodDraws.Select(d => d.Id).ToHashSet();
        var periodDrawn = drawn.Where(r => periodDrawIds.Contains(r.DrawId)).ToList();
        var population = await PopulationAsync(scope, end, periodDrawn, records, ct);
        var taskFacts = TaskCoverage(periodDraws, tasks.ToDictionary(t => t.Id, t => (t.Name, t.Settings)), periodDrawn, records);
        var items = await ItemsAsync(scope, reader, request, periodDrawn, records, ct);
        Report(65);

        var followUps = await FollowUpsAsync(scope, periodStart, end, ct);
        var publications = await PublicationsAsync(scope, request, [.. tasks.Where(t => t.Status == InspectionTaskStatus.Closed && t.ClosedAtUtc != null)
            .Select(t => (t.Id, t.Name, t.ClosedAtUtc!.Value))], ct);
        var officers = await OfficerFactReader.ReadAsync(db, [.. periodDraws.Select(d => d.Id)], ct);
        Report(75);

        var bins = await LambdaBinsAsync(periodDraws, ct);
        var model = await ModelFactReader.ReadAsync(db, request, ct);
        Report(90);

        var ordered = samples
            .OrderBy(s => s.Fact.Source).ThenBy(s => s.Fact.Day).ThenBy(s => s.Fact.Design, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => s.Fact).ToList();
        var labels = FactLabels.Of(
            reference,
            population.Where(p => p.Dimension == "region").Select(p => p.Key).Concat(ordered.Select(s => s.Region)),
            population.Where(p => p.Dimension == "industry").Select(p => p.Key).Concat(ordered.Select(s => s.Industry ?? FactLabels.NoIndustry)));
        var excluded = ordered.LongCount(s => s.Lambda is null && s.Day >= request.From && s.Day <= request.To);
        var facts = new EvaluationFacts(
            request, string.Empty, ordered,
            [.. strata.OrderBy(s => s.Day).ThenBy(s => s.Design, StringComparer.Ordinal)],
            population, taskFacts, items, followUps, publications, officers, bins, labels, model, excluded);
        facts = facts with { DataDigest = FactDigest.Of(facts) };
        Report(100);
        return facts;
    }

    /// <summary>The tier a sample was drawn in: the stratum key's tier (A–D; U: unrated), else the target's current tier.</summary>
    internal static string? TierAtDraw(string? stratum, RiskTier? current)
    {
        var tier = stratum?.Split(':')[0];
        return tier switch
        {
            "A" or "B" or "C" or "D" => tier,
            StratumRule.Unrated => null,
            _ => current?.ToString(),
        };
    }

    /// <summary>The selections of the draws whose targets are in the scope, with the targets' current attributes (one joined query).</summary>
    private async Task<List<DrawnRow>> DrawnAsync(FactScope scope, List<Guid> drawIds, CancellationToken ct)
    {
        if (drawIds.Count == 0)
        {
            return [];
        }

        return await (from s in db.DrawSelections.AsNoTracking().Where(s => drawIds.Contains(s.DrawId))
                join t in scope.Targets(db.Targets.AsNoTracking()) on s.TargetCode equals t.Code
                orderby s.DrawId, s.TargetCode
                select new DrawnRow(s.DrawId, s.TargetCode, s.Stratum, s.Lambda, s.GroupNumber, t.RegionCode, t.IndustrySection, t.RiskTier))
            .ToListAsync(ct);
    }

    /// <summary>The final records of the draws that started before <paramref name="end"/>, with their current results.</summary>
    private async Task<Dictionary<(Guid DrawId, string Code), FinalRecord>> FinalRecordsAsync(
        HistoryReader reader, List<Guid> drawIds, DateTime end, CancellationToken ct)
    {
        if (drawIds.Count == 0)
        {
            return [];
        }

        var rows = await db.InspectionRecords.AsNoTracking().Where(r => drawIds.Contains(r.DrawId) && r.StartedAtUtc < end)
            .Select(r => new
            {
                r.DrawId, r.TaskId, r.GroupNumber, r.TargetCode,
                Items = r.Items.Select(i => new RecordItem(i.ItemId, i.ItemName, i.ResultCategoryCode)).ToList(),
            })
            .ToListAsync(ct);
        return rows.Where(r => reader.IsFinal(r.TaskId, r.GroupNumber))
            .ToDictionary(r => (r.DrawId, r.TargetCode), r => new FinalRecord(r.DrawId, r.TargetCode, r.Items));
    }

    private static List<StratumFact> DrawStrata(
        FactScope scope, List<Draw> draws, List<DrawnRow> drawn, Dictionary<(Guid, string), FinalRecord> records, Dictionary<Guid, DateOnly> sealedOn)
    {
        var counts = drawn.GroupBy(r => (r.DrawId, r.Stratum)).ToDictionary(
            g => g.Key, g => (Selected: g.LongCount(), TakeAll: g.LongCount(r => r.Lambda >= 1), Inspected: g.LongCount(r => records.ContainsKey((r.DrawId, r.Code)))));
        var strata = new List<StratumFact>();
        foreach (var draw in draws)
        {
            foreach (var size in draw.Strata())
            {
                var c = counts.GetValueOrDefault((draw.Id, size.Stratum));
                strata.Add(new StratumFact($"{draw.Id:N}|{size.Stratum}", sealedOn[draw.Id], scope.FiltersTargets ? null : size.Population,
                    c.Selected, c.TakeAll, c.Inspected));
            }
        }

        return strata;
    }

    /// <summary>History target-days in [TrendFrom, To] (one sample per target and day, grouped in the database) of the scope's targets.</summary>
    private async Task<List<(string Code, SampleFact Fact)>> HistorySamplesAsync(
        FactScope scope, HistoryReader reader, EvaluationRequest request, CancellationToken ct)
    {
        var first = request.TrendFrom < request.From ? request.TrendFrom : request.From;
        var last = request.To;
        var problemCodes = reader.ProblemCodes.ToList();
        var rows = await (from o in db.InspectionOutcomes.AsNoTracking().Where(o => o.InspectedOn >= first && o.InspectedOn <= last)
                join t in scope.RegionalTargets(db.Targets.AsNoTracking()) on o.TargetCode equals t.Code
                group o by new { o.TargetCode, o.InspectedOn, o.Year, o.TaskName, o.Stratum, o.InclusionProbability, t.RegionCode, t.IndustrySection, t.RiskTier }
                into g
                select new
                {
                    g.Key.TargetCode, g.Key.InspectedOn, g.Key.Year, g.Key.TaskName, g.Key.Stratum, g.Key.InclusionProbability, g.Key.RegionCode,
                    g.Key.IndustrySection, g.Key.RiskTier, Items = g.Count(), Problems = g.Count(o => problemCodes.Contains(o.ResultCategoryCode)),
                })
            .ToListAsync(ct);
        return
        [
            .. rows.Select(r => (r.TargetCode, new SampleFact(
                $"h|{r.Year}|{r.TaskName}|{r.Stratum}", SampleSource.History, r.InspectedOn, r.InclusionProbability, r.Problems > 0, r.Items, r.Problems,
                TierAtDraw(r.Stratum, r.RiskTier), FactLabels.Prefecture(r.RegionCode), r.IndustrySection, null))),
        ];
    }

    /// <summary>Live targets of the scope at the period's end per tier, prefecture and section (one GROUP BY), beside the period's drawn and inspected targets.</summary>
    private async Task<List<PopulationFact>> PopulationAsync(
        FactScope scope, DateTime end, List<DrawnRow> periodDrawn, Dictionary<(Guid, string), FinalRecord> records, CancellationToken ct)
    {
        var live = await scope.RegionalTargets(db.Targets.AsNoTracking())
            .Where(t => end > t.CreatedAtUtc && (t.RetiredAtUtc == null || t.RetiredAtUtc >= end)
                && (t.Status == TargetStatus.Active || t.Status == TargetStatus.AbnormalOperation))
            .GroupBy(t => new { t.RiskTier, Region = t.RegionCode.Substring(0, 4), t.IndustrySection })
            .Select(g => new { g.Key.RiskTier, g.Key.Region, g.Key.IndustrySection, Count = g.LongCount() })
            .ToListAsync(ct);
        var keys = new Dictionary<(string Dimension, string Key), (long Population, HashSet<string> Drawn, HashSet<string> Inspected)>();
        (long, HashSet<string>, HashSet<string>) Entry(string dimension, string key) =>
            keys.TryGetValue((dimension, key), out var e) ? e : keys[(dimension, key)] = (0, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

        foreach (var row in live)
        {
            foreach (var (dimension, key) in Keys(row.RiskTier, row.Region + "00", row.IndustrySection))
            {
                var e = Entry(dimension, key);
                keys[(dimension, key)] = (e.Item1 + row.Count, e.Item2, e.Item3);
            }
        }

        foreach (var row in periodDrawn)
        {
            foreach (var (dimension, key) in Keys(row.Tier, FactLabels.Prefecture(row.Region), row.Industry))
            {
                var e = Entry(dimension, key);
                e.Item2.Add(row.Code);
                if (records.ContainsKey((row.DrawId, row.Code)))
                {
                    e.Item3.Add(row.Code);
                }
            }
        }

        return
        [
            .. keys.OrderBy(k => k.Key.Dimension, StringComparer.Ordinal).ThenBy(k => k.Key.Key, StringComparer.Ordinal)
                .Select(k => new PopulationFact(k.Key.Dimension, k.Key.Key, k.Value.Population, k.Value.Drawn.Count, k.Value.Inspected.Count)),
        ];
    }

    private static (string Dimension, string Key)[] Keys(RiskTier? tier, string prefecture, string? industry) =>
        [("tier", tier?.ToString() ?? FactLabels.Unrated), ("region", prefecture), ("industry", industry ?? FactLabels.NoIndustry)];

    /// <summary>Per task drawn in the period: the ratio it set (all its strata the same ratio; else their N-weighted mean; null with a count), N, drawn and inspected.</summary>
    private static List<TaskCoverageFact> TaskCoverage(
        List<Draw> periodDraws, Dictionary<Guid, (string Name, TaskSettings Settings)> tasks, List<DrawnRow> periodDrawn,
        Dictionary<(Guid, string), FinalRecord> records)
    {
        var byDraw = periodDrawn.GroupBy(r => r.DrawId).ToDictionary(g => g.Key, g => (Drawn: g.LongCount(), Inspected: g.LongCount(r => records.ContainsKey((r.DrawId, r.Code)))));
        var facts = new List<TaskCoverageFact>();
        foreach (var group in periodDraws.GroupBy(d => d.TaskId).OrderBy(g => tasks.GetValueOrDefault(g.Key).Name ?? string.Empty, StringComparer.Ordinal).ThenBy(g => g.Key))
        {
            var (name, settings) = tasks.GetValueOrDefault(group.Key);
            var sizes = group.SelectMany(d => d.Strata()).ToList();
            var population = sizes.Sum(s => (long)s.Population);
            var counts = group.Select(d => byDraw.GetValueOrDefault(d.Id)).ToList();
            facts.Add(new TaskCoverageFact(group.Key, name ?? string.Empty, RatioBp(settings, sizes), population, counts.Sum(c => c.Drawn),
                counts.Sum(c => c.Inspected), group.Last().RiskWeighting.ToString()));
        }

        return facts;
    }

    private static int? RatioBp(TaskSettings? settings, List<StratumSize> sizes)
    {
        if (settings is null || settings.Strata.Count == 0 || settings.Strata.Any(s => s.RatioBp is null))
        {
            return null;
        }

        var ratios = settings.Strata.Select(s => s.RatioBp!.Value).Distinct().ToList();
        if (ratios.Count == 1)
        {
            return ratios[0];
        }

        var byKey = settings.Strata.ToDictionary(s => s.Key, s => s.RatioBp!.Value, StringComparer.Ordinal);
        var weighted = sizes.Where(s => byKey.ContainsKey(s.Stratum)).ToList();
        var total = weighted.Sum(s => (long)s.Population);
        return total == 0 ? null : (int)Math.Round(weighted.Sum(s => (double)s.Population * byKey[s.Stratum]) / total, MidpointRounding.AwayFromZero);
    }

    /// <summary>Items checked in the period: the final records' current results of the period's draws, and the history's rows (grouped in the database).</summary>
    private async Task<List<ItemFact>> ItemsAsync(
        FactScope scope, HistoryReader reader, EvaluationRequest request, List<DrawnRow> periodDrawn, Dictionary<(Guid, string), FinalRecord> records,
        CancellationToken ct)
    {
        var tally = new SortedDictionary<string, (string Name, long Checked, long Problems)>(StringComparer.Ordinal);
        void Add(string code, string name, long checkedCount, long problems)
        {
            var t = tally.GetValueOrDefault(code, (name, 0, 0));
            tally[code] = (string.CompareOrdinal(name, t.Name) < 0 ? name : t.Name, t.Checked + checkedCount, t.Problems + problems);
        }

        foreach (var row in periodDrawn)
        {
            if (records.TryGetValue((row.DrawId, row.Code), out var record))
            {
                foreach (var item in record.Items)
                {
                    Add(item.ItemId.ToString("N"), item.ItemName, 1, reader.ProblemCodes.Contains(item.Category) ? 1 : 0);
                }
            }
        }

        var problemCodes = reader.ProblemCodes.ToList();
        var history = await (from o in db.InspectionOutcomes.AsNoTracking().Where(o => o.InspectedOn >= request.From && o.InspectedOn <= request.To)
                join t in scope.RegionalTargets(db.Targets.AsNoTracking()) on o.TargetCode equals t.Code
                group o by new { o.ItemCode, o.ItemName } into g
                select new { g.Key.ItemCode, g.Key.ItemName, Checked = g.LongCount(), Problems = g.LongCount(o => problemCodes.Contains(o.ResultCategoryCode)) })
            .ToListAsync(ct);
        foreach (var row in history)
        {
            Add(row.ItemCode, row.ItemName, row.Checked, row.Problems);
        }

        return [.. tally.Select(t => new ItemFact(t.Key, t.Value.Name, t.Value.Checked, t.Value.Problems))];
    }

    /// <summary>Follow-ups handed over in the period, of the scope's tasks and targets.</summary>
    private async Task<List<FollowUpFact>> FollowUpsAsync(FactScope scope, DateTime start, DateTime end, CancellationToken ct)
    {
        var followUps = db.FollowUps.AsNoTracking().Where(f => f.HandedOverAtUtc >= start && f.HandedOverAtUtc < end);
        if (scope.TaskIds is not null)
        {
            var taskIds = scope.TaskIds.ToList();
            followUps = followUps.Where(f => taskIds.Contains(f.TaskId));
        }

        var rows = await (from f in followUps
                join t in scope.Targets(db.Targets.AsNoTracking()) on f.TargetCode equals t.Code
                select new { f.Id, f.HandedOverAtUtc, f.Deadline, f.Status, f.ClosedAtUtc })
            .ToListAsync(ct);
        return
        [
            .. rows.OrderBy(r => r.HandedOverAtUtc).ThenBy(r => r.Id).Select(r => new FollowUpFact(
                PublicationDates.ShanghaiDate(r.HandedOverAtUtc), r.Deadline, r.Status.ToString(),
                r.ClosedAtUtc is { } closed ? PublicationDates.ShanghaiDate(closed) : null)),
        ];
    }

    /// <summary>Tasks of the scope completed (closed) in the period, with their publication (or the deadline it will have).</summary>
    private async Task<List<PublicationFact>> PublicationsAsync(
        FactScope scope, EvaluationRequest request, List<(Guid Id, string Name, DateTime ClosedAtUtc)> closed, CancellationToken ct)
    {
        var completed = closed.Where(t => scope.HasTask(t.Id))
            .Select(t => (t.Id, t.Name, CompletedOn: PublicationDeadline.CompletedOn(t.ClosedAtUtc)))
            .Where(t => t.CompletedOn >= request.From && t.CompletedOn <= request.To).ToList();
        if (completed.Count == 0)
        {
            return [];
        }

        var ids = completed.Select(t => t.Id).ToList();
        var published = await db.TaskPublications.AsNoTracking().Where(p => ids.Contains(p.TaskId))
            .Select(p => new { p.TaskId, p.CompletedOn, p.DeadlineOn, p.PublishedAtUtc }).ToDictionaryAsync(p => p.TaskId, ct);
        var calendar = await HolidayCalendar.LoadAsync(db, request.From.Year, request.To.Year + 1, ct);
        return
        [
            .. completed.Select(t => published.TryGetValue(t.Id, out var p)
                    ? new PublicationFact(t.Id, t.Name, p.CompletedOn, p.DeadlineOn, PublicationDates.ShanghaiDate(p.PublishedAtUtc))
                    : new PublicationFact(t.Id, t.Name, t.CompletedOn, PublicationDeadline.Of(t.CompletedOn, calendar), null))
                .OrderBy(p => p.CompletedOn).ThenBy(p => p.TaskId),
        ];
    }

    /// <summary>
    /// λ of every unit of the period's draws, recomputed from each draw's frozen targets snapshot exactly as DR1 did
    /// (<see cref="ParetoSampler.InclusionProbabilities"/> per stratum with the published n_h), against the selections.
    /// </summary>
    private async Task<List<LambdaBinFact>> LambdaBinsAsync(List<Draw> periodDraws, CancellationToken ct)
    {
        var binning = new LambdaBinning();
        foreach (var draw in periodDraws)
        {
            var snapshot = await db.DrawSnapshots.AsNoTracking().Where(s => s.DrawId == draw.Id && s.Kind == SnapshotKind.Targets)
                .Select(s => new { s.Data }).FirstOrDefaultAsync(ct);
            if (snapshot is null || SnapshotCodec.DecodeWeights(snapshot.Data) is not { } weights)
            {
                continue;
            }

            foreach (var size in draw.Strata().Where(s => s.SampleSize > 0 && weights.ContainsKey(s.Stratum)))
            {
                foreach (var lambda in ParetoSampler.InclusionProbabilities(weights[size.Stratum], Math.Min(size.SampleSize, size.Population)))
                {
                    binning.AddUnit(lambda);
                }
            }

            var drawId = draw.Id;
            var selected = await db.DrawSelections.AsNoTracking().Where(s => s.DrawId == drawId && s.Lambda > 0 && s.Lambda < 1)
                .Select(s => s.Lambda).ToListAsync(ct);
            selected.ForEach(binning.AddSelection);
        }

        return binning.Facts();
    }
}
