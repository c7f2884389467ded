using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Risk.Training;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

// string.Compare is translated to SQL <, >= in the database's collation: pages and code ranges follow the database's
// order and are never compared in C# (the ordinal overload has no translation).
#pragma warning disable CA1309

namespace DoubleRandom.Application.Risk.Features;

/// <summary>
/// The model's rows from the database (docs/risk-model.md §2, ADR 0028), on both providers through
/// <see cref="IApplicationDbContext"/>. Training reads the history in pages of <see cref="RowPage"/> rows in target
/// order (a target's rows never split across pages), the roster rows of each page in one query, and builds each
/// target's rows in one ordered pass (<see cref="TargetTimeline"/>); final records and follow-ups, far fewer than the
/// history, are read once. Scoring reads the roster in keyset pages of <see cref="TargetPage"/> targets and the past of
/// each page's code range in three set queries; no reader stays open while a caller handles a row.
/// </summary>
public sealed partial class RiskFeatureSource(IApplicationDbContext db, ILogger<RiskFeatureSource> logger) : IRiskFeatureSource
{
    /// <summary>History rows per training page.</summary>
    public const int RowPage = 50_000;

    /// <summary>Targets per scoring page.</summary>
    public const int TargetPage = 10_000;

    /// <summary>History rows per training page (smaller in tests, to cross pages).</summary>
    public int RowPageSize { get; init; } = RowPage;

    /// <summary>Targets per scoring page (smaller in tests, to cross pages).</summary>
    public int TargetPageSize { get; init; } = TargetPage;

    /// <summary>
    /// The targets a scoring reads: not retired and still operating (存续, or in the abnormal-operation list); deregistered,
    /// revoked and moved-out targets are not drawn and not scored.
    /// </summary>
    public static readonly Expression<Func<Target, bool>> Scored =
        t => t.RetiredAtUtc == null && (t.Status == TargetStatus.Active || t.Status == TargetStatus.AbnormalOperation);

    private static readonly Expression<Func<Target, RosterFacts>> Roster = t => new RosterFacts(
        t.Code, t.Kind, t.IndustrySection, t.IndustryDivision, t.RegionCode, t.Status, t.RiskTier, t.CreditClass, t.RegistrationDate,
        t.RegisteredCapital, t.Tags, t.CreatedAtUtc)
    {
        StatusChangedAtUtc = t.StatusChangedAtUtc, CreditClassChangedAtUtc = t.CreditClassChangedAtUtc, TagsChangedAtUtc = t.TagsChangedAtUtc,
        ProfileChangedAtUtc = t.ProfileChangedAtUtc,
    };

    private static readonly Expression<Func<Domain.Inspections.InspectionOutcome, OutcomeRow>> AsOutcomeRow =
        o => new OutcomeRow(o.TargetCode, o.InspectedOn, o.Year, o.ResultCategoryCode, o.InclusionProbability, o.Stratum);

    public async Task<RiskTrainingSet> TrainingSetAsync(RiskDataRange range, IProgress<RiskJobProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(range);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var reader = await HistoryReader.CreateAsync(db, ct);
        var estimate = await InclusionEstimate.LoadAsync(db, ct);
        var end = range.To.AddDays(1);
        var records = await RecordItemsAsync(reader, end, ct);
        var steps = await reader.FollowUpStepsAsync(null, null, end, ct);
        var total = await db.InspectionOutcomes.AsNoTracking().LongCountAsync(o => o.InspectedOn >= range.From && o.InspectedOn <= range.To, ct)
            + records.Values.Sum(r => r.Items.Count(i => i.Day >= range.From));
        progress?.Report(new RiskJobProgress(RiskJobStage.ReadingRows, 0, total));

        var training = new List<RiskExample>();
        var validation = new List<RiskExample>();
        var estimated = 0;
        var skipped = 0L;
        string? after = null;
        while (true)
        {
            var rows = await OutcomePageAsync(after, range.To, ct);
            if (rows.Count == 0)
            {
                break;
            }

            var codes = rows.Select(r => r.TargetCode).Distinct(StringComparer.Ordinal).ToList();
            var rosters = await RostersAsync(codes, ct);
            foreach (var target in rows.GroupBy(r => r.TargetCode, StringComparer.Ordinal))
            {
                records.Remove(target.Key, out var recorded);
                var past = target.GroupBy(r => r.Day).Select(d => new PastVisit(d.Key, d.Count(r => reader.ProblemCodes.Contains(r.Category)))).ToList();
                List<LabelledItem> items = [.. target.Select(r => new LabelledItem(r.Day, r.Year, r.Stratum, r.Lambda, reader.ProblemCodes.Contains(r.Category)))];
                if (recorded is not null)
                {
                    past.AddRange(recorded.Visits);
                    items.AddRange(recorded.Items);
                }

                if (rosters.TryGetValue(target.Key, out var roster))
                {
                    estimated += TargetTimeline.Examples(roster, past, steps.GetValueOrDefault(target.Key), items, range, estimate, training, validation);
                }
                else
                {
                    skipped += items.Count;
                }
            }

            after = rows[^1].TargetCode;
            progress?.Report(new RiskJobProgress(RiskJobStage.ReadingRows, training.Count + validation.Count, total));
        }

        // Targets inspected through records only (no history rows).
        foreach (var chunk in records.Keys.Order(StringComparer.Ordinal).Chunk(1000))
        {
            var rosters = await RostersAsync(chunk, ct);
            foreach (var code in chunk)
            {
                var recorded = records[code];
                if (rosters.TryGetValue(code, out var roster))
                {
                    estimated += TargetTimeline.Examples(roster, recorded.Visits, steps.GetValueOrDefault(code), recorded.Items, range, estimate, training, validation);
                }
                else
                {
                    skipped += recorded.Items.Count;
                }
            }
        }

        progress?.Report(new RiskJobProgress(RiskJobStage.ReadingRows, training.Count + validation.Count, total));
        LogTrainingSet(logger, training.Count, validation.Count, estimated, skipped, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return new RiskTrainingSet(range, training, validation, estimated);
    }

    public async IAsyncEnumerable<RiskFeatures> CurrentAsync(DateOnly asOf, [EnumeratorCancellation] CancellationToken ct)
    {
        var reader = await HistoryReader.CreateAsync(db, ct);
        string? after = null;
        while (true)
        {
            var query = db.Targets.AsNoTracking().Where(Scored);
            if (after is not null)
            {
                query = query.Where(t => string.Compare(t.Code, after) > 0);
            }

            var page = await query.OrderBy(t => t.Code).Take(TargetPageSize).Select(Roster).ToListAsync(ct);
            if (page.Count == 0)
            {
                yield break;
            }

            var (visits, steps) = await PastAsync(reader, page[0].Code, page[^1].Code, asOf, ct);
            foreach (var roster in page)
            {
                yield return TargetTimeline.AsOf(roster, asOf, visits.GetValueOrDefault(roster.Code), steps.GetValueOrDefault(roster.Code));
            }

            if (page.Count < TargetPageSize)
            {
                yield break;
            }

            after = page[^1].Code;
        }
    }

    public async Task<RiskFeatures?> ForTargetAsync(string code, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(code);
        var roster = await db.Targets.AsNoTracking().Where(t => t.Code == code).Select(Roster).FirstOrDefaultAsync(ct);
        if (roster is null)
        {
            return null;
        }

        var reader = await HistoryReader.CreateAsync(db, ct);
        var (visits, steps) = await PastAsync(reader, code, code, asOf, ct);
        return TargetTimeline.AsOf(roster, asOf, visits.GetValueOrDefault(code), steps.GetValueOrDefault(code));
    }

    private Task<Dictionary<string, RosterFacts>> RostersAsync(IReadOnlyCollection<string> codes, CancellationToken ct) =>
        db.Targets.AsNoTracking().Where(t => codes.Contains(t.Code)).Select(Roster).ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, ct);

    private static async Task<(Dictionary<string, List<PastVisit>> Visits, Dictionary<string, List<FollowUpStep>> Steps)> PastAsync(
        HistoryReader reader, string first, string last, DateOnly asOf, CancellationToken ct)
    {
        var visits = await reader.OutcomeVisitsAsync(first, last, asOf, ct);
        reader.RecordVisits(await reader.RecordsAsync(first, last, asOf, ct), visits);
        return (visits, await reader.FollowUpStepsAsync(first, last, asOf, ct));
    }

    /// <summary>
    /// The next page of history rows up to <paramref name="to"/> after the target <paramref name="after"/>, in target
    /// order, ending with a whole target: a full page's last target is read again by the next page (or, when the page
    /// holds nothing else, completed here).
    /// </summary>
    private async Task<List<OutcomeRow>> OutcomePageAsync(string? after, DateOnly to, CancellationToken ct)
    {
        var query = db.InspectionOutcomes.AsNoTracking().Where(o => o.InspectedOn <= to);
        if (after is not null)
        {
            query = query.Where(o => string.Compare(o.TargetCode, after) > 0);
        }

        var rows = await query.OrderBy(o => o.TargetCode).ThenBy(o => o.InspectedOn)
            .Select(AsOutcomeRow)
            .Take(RowPageSize).ToListAsync(ct);
        if (rows.Count < RowPageSize)
        {
            return rows;
        }

        var last = rows[^1].TargetCode;
        var firstOfLast = rows.FindIndex(r => r.TargetCode == last);
        if (firstOfLast > 0)
        {
            rows.RemoveRange(firstOfLast, rows.Count - firstOfLast);
            return rows;
        }

        return await db.InspectionOutcomes.AsNoTracking().Where(o => o.TargetCode == last && o.InspectedOn <= to).OrderBy(o => o.InspectedOn)
            .Select(AsOutcomeRow)
            .ToListAsync(ct);
    }

    /// <summary>Final records up to the day before <paramref name="end"/>, per target: their visits (for later features) and their items with λ and stratum from the draw's selection.</summary>
    private async Task<Dictionary<string, RecordedTarget>> RecordItemsAsync(HistoryReader reader, DateOnly end, CancellationToken ct)
    {
        var records = await reader.RecordsAsync(null, null, end, ct);
        var drawIds = records.Select(r => r.DrawId).Distinct().ToList();
        var selections = drawIds.Count == 0
            ? []
            : (await db.DrawSelections.AsNoTracking().Where(s => drawIds.Contains(s.DrawId))
                    .Select(s => new { s.DrawId, s.TargetCode, s.Lambda, s.Stratum }).ToListAsync(ct))
                .ToDictionary(s => (s.DrawId, s.TargetCode), s => (s.Lambda, s.Stratum));
        var byTarget = new Dictionary<string, RecordedTarget>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!byTarget.TryGetValue(record.TargetCode, out var target))
            {
                byTarget[record.TargetCode] = target = new RecordedTarget([], []);
            }

            target.Visits.Add(reader.Visit(record));
            double? lambda = selections.TryGetValue((record.DrawId, record.TargetCode), out var s) ? s.Lambda : null;
            var stratum = selections.TryGetValue((record.DrawId, record.TargetCode), out var t) ? t.Stratum : null;
            target.Items.AddRange(record.Categories.Select(c => new LabelledItem(record.Day, record.Day.Year, stratum, lambda, reader.ProblemCodes.Contains(c))));
        }

        return byTarget;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Risk training set: {Training} training and {Validation} validation rows ({Estimated} with an estimated λ, {Skipped} of targets not in the roster skipped) in {Seconds:0.0} s")]
    private static partial void LogTrainingSet(ILogger logger, int training, int validation, int estimated, long skipped, double seconds);
}
