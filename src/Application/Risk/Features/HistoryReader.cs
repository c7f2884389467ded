using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

// string.Compare is translated to SQL <, >= in the database's collation: pages and code ranges follow the database's
// order and are never compared in C# (the ordinal overload has no translation).
#pragma warning disable CA1309

namespace DoubleRandom.Application.Risk.Features;

/// <summary>
/// Reads a target range's past for the features, in a few set queries (never one per target): history days from
/// <c>inspection_outcomes</c> (one visit per target and day), final inspection records with their current results, and
/// follow-up steps. A range is the codes from <c>first</c> to <c>last</c> in the database's order (null: unbounded), so a
/// page of the roster reads its history through the indexes on the target code. Only facts dated before
/// <c>before</c> are read; <see cref="PreVisitFacts"/> checks them again.
/// </summary>
public sealed class HistoryReader
{
    private readonly IApplicationDbContext _db;
    private readonly List<string> _problemCodes;
    private readonly HashSet<Guid> _closedTasks;
    private readonly HashSet<(Guid TaskId, int GroupNumber)> _signedOff;

    private HistoryReader(IApplicationDbContext db, List<string> problemCodes, HashSet<Guid> closedTasks, HashSet<(Guid, int)> signedOff)
    {
        _db = db;
        _problemCodes = problemCodes;
        _closedTasks = closedTasks;
        _signedOff = signedOff;
    }

    /// <summary>The result categories that indicate a problem (reference data).</summary>
    public IReadOnlySet<string> ProblemCodes { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Reads what every range shares: the problem categories and which records are final (<see cref="RecordFinality"/>:
    /// the task is closed, or the group's summary is signed off — judged once per group that has a leader's signature).
    /// </summary>
    public static async Task<HistoryReader> CreateAsync(IApplicationDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var problemCodes = await db.ResultCategories.AsNoTracking().Where(c => c.IndicatesProblem).Select(c => c.Code).ToListAsync(ct);
        var closed = (await db.InspectionTasks.AsNoTracking().Where(t => t.Status == InspectionTaskStatus.Closed).Select(t => t.Id).ToListAsync(ct))
            .ToHashSet();
        var led = await db.SummarySignatures.AsNoTracking().Where(s => s.IsLeader).Select(s => new { s.TaskId, s.GroupNumber }).Distinct()
            .ToListAsync(ct);
        var signedOff = new HashSet<(Guid, int)>();
        foreach (var group in led.Where(g => !closed.Contains(g.TaskId)))
        {
            if (await RecordFinality.SignedOffAsync(db, group.TaskId, group.GroupNumber, ct))
            {
                signedOff.Add((group.TaskId, group.GroupNumber));
            }
        }

        return new HistoryReader(db, problemCodes, closed, signedOff) { ProblemCodes = problemCodes.ToHashSet(StringComparer.Ordinal) };
    }

    /// <summary>Whether a record of the task's group is final (<see cref="RecordFinality"/>: the task is closed or the group's summary signed off).</summary>
    public bool IsFinal(Guid taskId, int groupNumber) => _closedTasks.Contains(taskId) || _signedOff.Contains((taskId, groupNumber));

    /// <summary>The first instant (UTC) of an Asia/Shanghai day.</summary>
    public static DateTime StartUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - PublicationDates.ShanghaiOffset, DateTimeKind.Utc);

    /// <summary>History days of the range before <paramref name="before"/>: one visit per target and day, with its problem count.</summary>
    public async Task<Dictionary<string, List<PastVisit>>> OutcomeVisitsAsync(string? first, string? last, DateOnly before, CancellationToken ct)
    {
        var rows = await _db.InspectionOutcomes.AsNoTracking()
            .Where(o => (first == null || string.Compare(o.TargetCode, first) >= 0) && (last == null || string.Compare(o.TargetCode, last) <= 0))
            .Where(o => o.InspectedOn < before)
            .GroupBy(o => new { o.TargetCode, o.InspectedOn })
            .Select(g => new { g.Key.TargetCode, g.Key.InspectedOn, Problems = g.Count(o => _problemCodes.Contains(o.ResultCategoryCode)) })
            .ToListAsync(ct);
        var visits = new Dictionary<string, List<PastVisit>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            Add(visits, row.TargetCode, new PastVisit(row.InspectedOn, row.Problems));
        }

        return visits;
    }

    /// <summary>Final records of the range that started before <paramref name="before"/>, with their current results and, when corrected, their versions.</summary>
    public async Task<List<RecordVisit>> RecordsAsync(string? first, string? last, DateOnly before, CancellationToken ct)
    {
        var end = StartUtc(before);
        var rows = (await _db.InspectionRecords.AsNoTracking()
            .Where(r => (first == null || string.Compare(r.TargetCode, first) >= 0) && (last == null || string.Compare(r.TargetCode, last) <= 0))
            .Where(r => r.StartedAtUtc < end)
            .Select(r => new
            {
                r.Id, r.TaskId, r.DrawId, r.GroupNumber, r.TargetCode, r.StartedAtUtc, r.ContentVersion,
                Categories = r.Items.Select(i => i.ResultCategoryCode).ToList(),
            })
            .ToListAsync(ct)).Where(r => IsFinal(r.TaskId, r.GroupNumber)).ToList();
        var corrected = rows.Where(r => r.ContentVersion > 1).Select(r => r.Id).ToList();
        var versions = corrected.Count == 0
            ? []
            : (await _db.InspectionRecordVersions.AsNoTracking().Where(v => corrected.Contains(v.RecordId))
                    .Select(v => new { v.RecordId, v.Number, v.MadeAtUtc, Categories = v.Items.Select(i => i.ResultCategoryCode).ToList() })
                    .ToListAsync(ct))
                .GroupBy(v => v.RecordId).ToDictionary(g => g.Key, g => g.OrderBy(v => v.Number).ToList());
        return [.. rows.Select(r =>
        {
            var kept = versions.GetValueOrDefault(r.Id);
            return kept is null
                ? new RecordVisit(r.TaskId, r.DrawId, r.GroupNumber, r.TargetCode, PublicationDates.ShanghaiDate(r.StartedAtUtc), r.Categories, r.Categories, [])
                : new RecordVisit(r.TaskId, r.DrawId, r.GroupNumber, r.TargetCode, PublicationDates.ShanghaiDate(r.StartedAtUtc), r.Categories,
                    kept[0].Categories, [.. kept.Skip(1).Select(v => (PublicationDates.ShanghaiDate(v.MadeAtUtc), (IReadOnlyList<string>)v.Categories))]);
        })];
    }

    /// <summary>A record as a past visit: problems as first final, and after each approved correction.</summary>
    public PastVisit Visit(RecordVisit record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new PastVisit(record.Day, record.Original.Count(ProblemCodes.Contains),
            record.Corrections.Count == 0 ? null : [.. record.Corrections.Select(c => new ResultRevision(c.Day, c.Categories.Count(ProblemCodes.Contains)))]);
    }

    /// <summary>Steps of the range's follow-ups dated before <paramref name="before"/>, per target, in the order they happened.</summary>
    public async Task<Dictionary<string, List<FollowUpStep>>> FollowUpStepsAsync(string? first, string? last, DateOnly before, CancellationToken ct)
    {
        var end = StartUtc(before);
        var rows = await _db.FollowUps.AsNoTracking()
            .Where(f => (first == null || string.Compare(f.TargetCode, first) >= 0) && (last == null || string.Compare(f.TargetCode, last) <= 0))
            .Where(f => f.HandedOverAtUtc < end)
            .Select(f => new { f.Id, f.TargetCode, f.History })
            .ToListAsync(ct);
        var steps = new Dictionary<string, List<FollowUpStep>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var e in row.History.Where(e => e.AtUtc < end).OrderBy(e => e.AtUtc))
            {
                Add(steps, row.TargetCode, new FollowUpStep(row.Id, PublicationDates.ShanghaiDate(e.AtUtc), e.ToStatus));
            }
        }

        return steps;
    }

    /// <summary>The visits of the records (one each), per target.</summary>
    public Dictionary<string, List<PastVisit>> RecordVisits(IEnumerable<RecordVisit> records, Dictionary<string, List<PastVisit>> into)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(into);
        foreach (var r in records)
        {
            Add(into, r.TargetCode, Visit(r));
        }

        return into;
    }

    private static void Add<T>(Dictionary<string, List<T>> lists, string code, T value)
    {
        if (!lists.TryGetValue(code, out var list))
        {
            lists[code] = list = [];
        }

        list.Add(value);
    }
}
