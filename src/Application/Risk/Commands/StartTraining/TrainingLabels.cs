using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Risk.Features;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Risk.Commands.StartTraining;

/// <summary>
/// Which label classes (a problem found, none found) the training would read in a period — by the feature source's own
/// predicate: imported history by its day, final inspection records (<see cref="HistoryReader.RecordsAsync"/>:
/// <c>RecordFinality</c>, Asia/Shanghai days) with their current results, only of targets in the roster (the training
/// skips the others). So a request the job would refuse is refused before anything is written.
/// </summary>
public sealed class TrainingLabels
{
    private readonly IApplicationDbContext _db;
    private readonly HistoryReader _reader;
    private readonly List<RecordVisit> _records;

    private TrainingLabels(IApplicationDbContext db, HistoryReader reader, List<RecordVisit> records)
    {
        _db = db;
        _reader = reader;
        _records = records;
    }

    /// <summary>Reads the final records up to <paramref name="to"/> once, for every period asked about.</summary>
    public static async Task<TrainingLabels> ReadAsync(IApplicationDbContext db, DateOnly to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reader = await HistoryReader.CreateAsync(db, ct);
        return new TrainingLabels(db, reader, await reader.RecordsAsync(null, null, to.AddDays(1), ct));
    }

    /// <summary>Whether the period [from, to] holds a labelled item with a problem, and one without.</summary>
    public async Task<(bool Problem, bool NoProblem)> ClassesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to < from)
        {
            return (false, false);
        }

        var problems = _reader.ProblemCodes.ToList();
        var history = await _db.InspectionOutcomes.AsNoTracking()
            .Where(o => o.InspectedOn >= from && o.InspectedOn <= to && _db.Targets.Any(t => t.Code == o.TargetCode))
            .Select(o => problems.Contains(o.ResultCategoryCode)).Distinct().ToListAsync(ct);
        var (problem, noProblem) = (history.Contains(true), history.Contains(false));
        var inPeriod = _records.Where(r => r.Day >= from && r.Day <= to && r.Categories.Count > 0).ToList();
        if ((problem && noProblem) || inPeriod.Count == 0)
        {
            return (problem, noProblem);
        }

        var codes = inPeriod.Select(r => r.TargetCode).Distinct(StringComparer.Ordinal).ToList();
        var rostered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in codes.Chunk(5000))
        {
            rostered.UnionWith(await _db.Targets.AsNoTracking().Where(t => chunk.Contains(t.Code)).Select(t => t.Code).ToListAsync(ct));
        }

        foreach (var category in inPeriod.Where(r => rostered.Contains(r.TargetCode)).SelectMany(r => r.Categories))
        {
            if (_reader.ProblemCodes.Contains(category))
            {
                problem = true;
            }
            else
            {
                noProblem = true;
            }
        }

        return (problem, noProblem);
    }
}
