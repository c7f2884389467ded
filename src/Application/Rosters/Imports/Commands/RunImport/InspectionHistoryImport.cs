using System.Globalization;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>
/// Past inspection results of another system (docs/rosters.md#inspection-history-columns): one row per target, day and
/// item, with the result category (a code or Chinese name of the result-category reference data) and, when known, the
/// inclusion probability λ of the draw that chose the target. The target must be in the roster, the day not in the
/// future, λ in (0, 1]. A result is identified by target, day and item code: an existing one is corrected when a value
/// differs and left alone otherwise, so a re-import of the same file changes nothing; the same key twice in a file
/// is a duplicate. Every row written records the job as its batch.
/// </summary>
public sealed class InspectionHistoryImport(
    IApplicationDbContext db, IImportProgress progress, IImportFileStore files, ImportLimits limits, TimeProvider clock)
    : EntityImport<InspectionOutcomeRow>(db, progress, files, limits)
{
    private readonly List<InspectionOutcomeRow> _rows = [];
    private readonly Dictionary<(string, DateOnly, string), long> _keys = [];

    /// <summary>Result category code or Chinese name → code: every category of the reference data, retired ones too (this is history).</summary>
    private Dictionary<string, string> _categories = new(StringComparer.OrdinalIgnoreCase);

    private string _allowedCategories = string.Empty;

    private protected override RosterColumn[] Columns => RosterColumns.InspectionHistory;

    private protected override IReadOnlyList<InspectionOutcomeRow> Valid => _rows;

    protected override async Task PrepareAsync(CancellationToken ct)
    {
        var categories = await Db.ResultCategories.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => new { c.Code, c.NameZh }).ToListAsync(ct);
        _categories = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in categories)
        {
            _categories.TryAdd(c.Code, c.Code);
            _categories.TryAdd(c.NameZh, c.Code);
        }

        _allowedCategories = string.Join("、", categories.Select(c => $"{c.NameZh}/{c.Code}"));
    }

    private protected override async Task ValidateAsync(ColumnMap map, IReadOnlyList<(long Line, string[] Cells)> chunk, ImportReport report, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var parsed = chunk.Select(r => Parse(map, r.Line, r.Cells, today, _categories, _allowedCategories)).ToList();
        var codes = parsed.Select(p => p.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var targets = (await Db.Targets.AsNoTracking().Where(t => codes.Contains(t.Code)).Select(t => t.Code).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var p in parsed)
        {
            if (p.Code is { } code && !targets.Contains(code))
            {
                p.Errors.Add(new RowError(p.Line, map.HeaderOf("targetCode"), Text.Of($"检查对象不存在：{code}", $"No target has code {code}.")));
            }

            if (p.Errors.Count == 0 && p.Fields is { } fields)
            {
                var key = (fields.TargetCode, fields.InspectedOn, fields.ItemCode);
                if (_keys.TryAdd(key, p.Line))
                {
                    _rows.Add(new InspectionOutcomeRow(p.Line, fields));
                }
                else
                {
                    p.Errors.Add(new RowError(p.Line, map.HeaderOf("itemCode"), Text.Of(
                        $"与第 {_keys[key]} 行重复（同一对象、检查日期和事项）", $"Duplicates row {_keys[key]} (same target, day and item).")));
                }
            }

            p.Errors.ForEach(report.Add);
        }
    }

    private sealed record Parsed(long Line, string? Code, InspectionOutcomeFields? Fields, List<RowError> Errors);

    private static Parsed Parse(
        ColumnMap map, long line, string[] cells, DateOnly today, Dictionary<string, string> categories, string allowedCategories)
    {
        var errors = new List<RowError>();
        void Fail(string key, string? message)
        {
            if (message is not null)
            {
                errors.Add(new RowError(line, map.HeaderOf(key), message));
            }
        }

        string? Required(string key, int max, string chinese, string english)
        {
            var value = map.Get(cells, key);
            Fail(key, value is null ? Text.Of($"{chinese}不能为空", $"The {english} is required.")
                : value.Length > max ? Text.Of($"{chinese}不超过 {max} 个字符", $"The {english} has at most {max} characters.") : null);
            return value is { Length: > 0 } && value.Length <= max ? value : null;
        }

        var code = Required("targetCode", Target.CodeMaxLength, "检查对象代码", "target code");
        DateOnly? day = null;
        if (!CellParsers.TryDate(map.Get(cells, "inspectedOn"), out var date) || date is null)
        {
            Fail("inspectedOn", ImportText.BadDate);
        }
        else if (date > today)
        {
            Fail("inspectedOn", Text.Of("检查日期不能晚于今天（历史结果）", "The inspection day cannot be after today (this is history)."));
        }
        else
        {
            day = date;
        }

        int? year = day?.Year;
        if (!CellParsers.TryInt(map.Get(cells, "year"), out var givenYear))
        {
            Fail("year", ImportText.BadNumber);
        }
        else if (givenYear is { } y)
        {
            if (day is { } d && (y < d.Year - 1 || y > d.Year))
            {
                Fail("year", Text.Of("年度应为检查日期的年份或前一年", "The year is the inspection day's year or the year before."));
            }

            year = y;
        }

        var task = Required("taskName", InspectionOutcome.TextMaxLength, "任务名称", "task name");
        var itemCode = Required("itemCode", InspectionOutcome.CodeMaxLength, "事项编码", "item code");
        var itemName = Required("itemName", InspectionOutcome.TextMaxLength, "检查事项", "item name");
        var categoryText = map.Get(cells, "resultCategory");
        var category = categoryText is null ? null : categories.GetValueOrDefault(categoryText);
        if (category is null)
        {
            Fail("resultCategory", CommonTexts.InvalidValue(allowedCategories));
        }

        double? lambda = null;
        if (map.Get(cells, "inclusionProbability") is { } lambdaText)
        {
            if (!double.TryParse(lambdaText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                Fail("inclusionProbability", ImportText.BadNumber);
            }
            else if (value is <= 0 or > 1)
            {
                Fail("inclusionProbability", Text.Of("入样概率应大于 0 且不大于 1", "An inclusion probability is greater than 0 and at most 1."));
            }
            else
            {
                lambda = value;
            }
        }

        var stratum = map.Get(cells, "stratum");
        Fail("stratum", stratum is { Length: > InspectionOutcome.CodeMaxLength }
            ? Text.Of($"抽取层不超过 {InspectionOutcome.CodeMaxLength} 个字符", $"A stratum has at most {InspectionOutcome.CodeMaxLength} characters.") : null);
        var fields = errors.Count == 0
            ? new InspectionOutcomeFields(code!, day!.Value, year!.Value, task!, itemCode!, itemName!, category!, lambda, stratum)
            : null;
        return new Parsed(line, code, fields, errors);
    }

    private protected override async Task<(long Inserted, long Updated)> ApplyAsync(IReadOnlyList<InspectionOutcomeRow> batch, ImportJob job, CancellationToken ct)
    {
        var codes = batch.Select(r => r.Fields.TargetCode).Distinct(StringComparer.Ordinal).ToList();
        var existing = (await Db.InspectionOutcomes.AsNoTracking().Where(o => codes.Contains(o.TargetCode)).ToListAsync(ct))
            .ToDictionary(o => (o.TargetCode, o.InspectedOn, o.ItemCode));
        long inserted = 0, updated = 0;
        foreach (var row in batch)
        {
            var f = row.Fields;
            if (!existing.TryGetValue((f.TargetCode, f.InspectedOn, f.ItemCode), out var outcome))
            {
                Db.InspectionOutcomes.Add(InspectionOutcome.Create(f, InspectionOutcomeSource.Import, job.Id));
                inserted++;
            }
            else if (outcome.Differs(f))
            {
                Db.InspectionOutcomes.Attach(outcome);
                outcome.Correct(f, job.Id);
                updated++;
            }
        }

        return (inserted, updated);
    }
}
