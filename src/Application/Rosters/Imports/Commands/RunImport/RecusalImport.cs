using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Application.Rosters.Recusals;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>
/// Recusals (回避) by officer number and target code, with the API's rules (the officer and the target must exist, a
/// note for the reason "other", an end not before the start). A recusal is identified by officer, target and start
/// date: an existing one is updated when its reason, note or end differ (version + 1) and left alone otherwise, so a
/// re-import changes nothing; a new key adds a recusal recorded by the uploader. The same key twice in a file is a
/// duplicate.
/// </summary>
public sealed class RecusalImport(IApplicationDbContext db, IImportProgress progress, IImportFileStore files, UnitScope scope, ImportLimits limits)
    : EntityImport<RecusalRow>(db, progress, files, limits)
{
    private readonly List<RecusalRow> _rows = [];
    private readonly Dictionary<(Guid, string, DateOnly), long> _keys = [];

    private protected override RosterColumn[] Columns => RosterColumns.Recusals;

    private protected override IReadOnlyList<RecusalRow> Valid => _rows;

    /// <summary>The uploader's units (null: all): recusals are recorded for officers of these units only.</summary>
    private IReadOnlySet<Guid>? _visible;

    protected override async Task PrepareAsync(CancellationToken ct) =>
        _visible = await scope.VisibleUnitIdsAsync(ct);

    private protected override async Task ValidateAsync(ColumnMap map, IReadOnlyList<(long Line, string[] Cells)> chunk, ImportReport report, CancellationToken ct)
    {
        var parsed = chunk.Select(r => Parse(map, r.Line, r.Cells)).ToList();
        var numbers = parsed.Select(p => p.Number).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var codes = parsed.Select(p => p.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var found = await Db.Officers.AsNoTracking().Where(o => numbers.Contains(o.Number))
            .Select(o => new { o.Number, o.Id, o.UnitId }).ToListAsync(ct);
        var officers = found.ToDictionary(o => o.Number, o => o.Id, StringComparer.Ordinal);
        var outside = found.Where(o => _visible is { } visible && !visible.Contains(o.UnitId)).Select(o => o.Number).ToHashSet(StringComparer.Ordinal);
        var targets = (await Db.Targets.AsNoTracking().Where(t => codes.Contains(t.Code)).Select(t => t.Code).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var p in parsed)
        {
            if (p.Number is { } number && !officers.ContainsKey(number))
            {
                p.Errors.Add(new RowError(p.Line, map.HeaderOf("officerNumber"), Text.Of($"执法检查人员不存在：{number}", $"No officer has number {number}.")));
            }
            else if (p.Number is { } scoped && outside.Contains(scoped))
            {
                p.Errors.Add(new RowError(p.Line, map.HeaderOf("officerNumber"), ImportText.UnitOutOfScope));
            }

            if (p.Code is { } code && !targets.Contains(code))
            {
                p.Errors.Add(new RowError(p.Line, map.HeaderOf("targetCode"), Text.Of($"检查对象不存在：{code}", $"No target has code {code}.")));
            }

            if (p.Errors.Count == 0)
            {
                var row = new RecusalRow(p.Line, officers[p.Number!], p.Code!, p.Reason!.Value, p.Note, p.From!.Value, p.To);
                if (_keys.TryAdd((row.OfficerId, row.TargetCode, row.ValidFrom), p.Line))
                {
                    _rows.Add(row);
                }
                else
                {
                    p.Errors.Add(new RowError(p.Line, map.HeaderOf("officerNumber"), Text.Of(
                        $"与第 {_keys[(row.OfficerId, row.TargetCode, row.ValidFrom)]} 行重复（同一人员、对象和开始日期）",
                        $"Duplicates row {_keys[(row.OfficerId, row.TargetCode, row.ValidFrom)]} (same officer, target and start date).")));
                }
            }

            p.Errors.ForEach(report.Add);
        }
    }

    private sealed record Parsed(long Line, string? Number, string? Code, RecusalReason? Reason, string? Note, DateOnly? From, DateOnly? To, List<RowError> Errors);

    private static Parsed Parse(ColumnMap map, long line, string[] cells)
    {
        var errors = new List<RowError>();
        void Fail(string key, string? message)
        {
            if (message is not null)
            {
                errors.Add(new RowError(line, map.HeaderOf(key), message));
            }
        }

        var number = map.Get(cells, "officerNumber");
        Fail("officerNumber", number is null ? Text.Of("人员编号不能为空", "The officer number is required.")
            : number.Length > Officer.NumberMaxLength ? Text.Of("人员编号不超过 64 个字符", "An officer number has at most 64 characters.") : null);
        var code = map.Get(cells, "targetCode");
        Fail("targetCode", code is null ? Text.Of("检查对象代码不能为空", "The target code is required.")
            : code.Length > Target.CodeMaxLength ? Text.Of("检查对象代码不超过 64 个字符", "A target code has at most 64 characters.") : null);
        var reasonText = map.Get(cells, "reason");
        if (!CellParsers.TryEnum<RecusalReason>(reasonText, r => r.DisplayName().Chinese, out var reason) || reason is null)
        {
            Fail("reason", CommonTexts.InvalidValue(CellParsers.Allowed<RecusalReason>(r => r.DisplayName().Chinese)));
        }

        var note = map.Get(cells, "note");
        Fail("note", note is { Length: > Recusal.NoteMaxLength } ? Text.Of($"说明不超过 {Recusal.NoteMaxLength} 个字符", $"A note has at most {Recusal.NoteMaxLength} characters.")
            : note is null && reason == RecusalReason.Other ? RecusalTexts.NoteRequiredForOther : null);
        if (!CellParsers.TryDate(map.Get(cells, "validFrom"), out var from) || from is null)
        {
            Fail("validFrom", ImportText.BadDate);
        }

        if (!CellParsers.TryDate(map.Get(cells, "validTo"), out var to))
        {
            Fail("validTo", ImportText.BadDate);
        }
        else if (to < from)
        {
            Fail("validTo", RecusalTexts.EndBeforeStart);
        }

        return new Parsed(line, number, code, reason, note, from, to, errors);
    }

    private protected override async Task<(long Inserted, long Updated)> ApplyAsync(IReadOnlyList<RecusalRow> batch, ImportJob job, CancellationToken ct)
    {
        var officerIds = batch.Select(r => r.OfficerId).Distinct().ToList();
        var codes = batch.Select(r => r.TargetCode).Distinct(StringComparer.Ordinal).ToList();
        var existing = (await Db.Recusals.AsNoTracking().Where(r => officerIds.Contains(r.OfficerId) && codes.Contains(r.TargetCode)).ToListAsync(ct))
            .GroupBy(r => (r.OfficerId, r.TargetCode, r.ValidFrom))
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).First());
        long inserted = 0, updated = 0;
        foreach (var row in batch)
        {
            if (!existing.TryGetValue((row.OfficerId, row.TargetCode, row.ValidFrom), out var recusal))
            {
                Db.Recusals.Add(Recusal.Create(row.OfficerId, row.TargetCode, row.Reason, row.Note, row.ValidFrom, row.ValidTo, job.CreatedBy));
                inserted++;
            }
            else if (recusal.Reason != row.Reason || recusal.Note != row.Note || recusal.ValidTo != row.ValidTo)
            {
                Db.Recusals.Attach(recusal);
                recusal.Update(row.Reason, row.Note, row.ValidFrom, row.ValidTo);
                updated++;
            }
        }

        return (inserted, updated);
    }
}
