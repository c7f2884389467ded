using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>
/// Officers go through the entities (a province has thousands; batched, a hundred thousand are fine): validate every
/// row, then upsert by number in one transaction. A row's certificate is added to the officer's certificates,
/// replacing one with the same number.
/// </summary>
public sealed class OfficerImport(IApplicationDbContext db, IImportProgress progress, IImportFileStore files, UnitScope scope, ImportLimits limits)
    : EntityImport<OfficerRow>(db, progress, files, limits)
{
    private readonly List<OfficerRow> _rows = [];
    private readonly Dictionary<string, int> _byNumber = new(StringComparer.Ordinal);
    private Dictionary<string, Guid> _units = [];
    private HashSet<string> _departments = [];

    /// <summary>The uploader's units (null: all). Officers are put into, and matched in, these units only.</summary>
    private IReadOnlySet<Guid>? _visible;

    private protected override RosterColumn[] Columns => RosterColumns.Officers;

    private protected override IReadOnlyList<OfficerRow> Valid => _rows;

    protected override async Task PrepareAsync(CancellationToken ct)
    {
        // The job acts for its uploader (ImportJobWorker, BackgroundActing), so this is the uploader's scope.
        _visible = await scope.VisibleUnitIdsAsync(ct);
        _units = await Db.BranchUnits.AsNoTracking().Where(u => u.RetiredAtUtc == null).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        _departments = (await Db.Departments.AsNoTracking().Where(d => d.RetiredAtUtc == null).Select(d => d.Code).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
    }

    private protected override async Task ValidateAsync(ColumnMap map, IReadOnlyList<(long Line, string[] Cells)> chunk, ImportReport report, CancellationToken ct)
    {
        var parsed = new List<OfficerRow>(chunk.Count);
        foreach (var (line, cells) in chunk)
        {
            if (OfficerRowParser.Parse(map, cells, line, _units, _departments, report) is { } row)
            {
                parsed.Add(row);
            }
        }

        if (_visible is { } visible)
        {
            // As through the API: an uploader scoped to some units neither puts officers into other units nor changes theirs.
            var numbers = parsed.Select(r => r.Number).ToList();
            var elsewhere = (await Db.Officers.AsNoTracking().Where(o => numbers.Contains(o.Number) && !visible.Contains(o.UnitId))
                .Select(o => o.Number).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            parsed.RemoveAll(row =>
            {
                var outside = !visible.Contains(row.Details.UnitId) ? "unitCode" : elsewhere.Contains(row.Number) ? "number" : null;
                if (outside is not null)
                {
                    report.Add(new RowError(row.Line, map.HeaderOf(outside), ImportText.UnitOutOfScope));
                }

                return outside is not null;
            });
        }

        foreach (var row in parsed)
        {
            Add(_rows, _byNumber, row, map, report);
        }
    }

    private protected override async Task<(long Inserted, long Updated)> ApplyAsync(IReadOnlyList<OfficerRow> batch, ImportJob job, CancellationToken ct)
    {
        var numbers = batch.Select(r => r.Number).ToList();
        // Read without tracking: a re-import leaves most officers as they are, and only the changed ones are attached.
        var existing = await Db.Officers.AsNoTracking().Where(o => numbers.Contains(o.Number)).ToDictionaryAsync(o => o.Number, StringComparer.Ordinal, ct);
        long inserted = 0, updated = 0;
        foreach (var row in batch)
        {
            if (!existing.TryGetValue(row.Number, out var officer))
            {
                Db.Officers.Add(Officer.Create(row.Number, row.Details));
                inserted++;
                continue;
            }

            var merged = row.Details with { Certificates = MergeCertificates(officer.Certificates, row.Details.Certificates), UserId = row.Details.UserId ?? officer.UserId };
            if (!Same(officer, merged))
            {
                Db.Officers.Attach(officer);
                officer.Update(merged);
                Db.Officers.Entry(officer).State = EntityState.Modified;
                updated++;
            }
        }

        return (inserted, updated);
    }

    /// <summary>
    /// An officer with several certificates takes several rows (as the export writes them): rows of one number
    /// must agree on everything but the certificate; anything else is a duplicate.
    /// </summary>
    private static void Add(List<OfficerRow> rows, Dictionary<string, int> byNumber, OfficerRow row, ColumnMap map, ImportReport report)
    {
        if (!byNumber.TryGetValue(row.Number, out var index))
        {
            byNumber[row.Number] = rows.Count;
            rows.Add(row);
            return;
        }

        var first = rows[index];
        var (a, b) = (first.Details, row.Details);
        var same = a.Name == b.Name && a.UnitId == b.UnitId && a.DepartmentCode == b.DepartmentCode && a.Status == b.Status
            && a.IsLeaderEligible == b.IsLeaderEligible && a.UserId == b.UserId && a.ExpertiseTags.SequenceEqual(b.ExpertiseTags, StringComparer.Ordinal)
            && b.Certificates.Count > 0 && a.Certificates.All(c => b.Certificates.All(d => d.Number != c.Number));
        if (!same)
        {
            report.Add(new RowError(row.Line, map.HeaderOf("number"), ImportText.DuplicateCode(first.Line)));
            return;
        }

        rows[index] = first with { Details = a with { Certificates = [.. a.Certificates, .. b.Certificates] } };
    }

    private static List<EnforcementCertificate> MergeCertificates(IReadOnlyList<EnforcementCertificate> current, IReadOnlyList<EnforcementCertificate> imported) =>
        [.. current.Where(c => imported.All(i => i.Number != c.Number)), .. imported];

    private static bool Same(Officer o, OfficerDetails d) =>
        o.Name == d.Name && o.UnitId == d.UnitId && o.DepartmentCode == d.DepartmentCode && o.Status == d.Status
        && o.IsLeaderEligible == d.IsLeaderEligible && o.UserId == d.UserId && o.ExpertiseTags == TagList.Join(d.ExpertiseTags)
        && o.Certificates.OrderBy(c => c.Number, StringComparer.Ordinal).SequenceEqual(d.Certificates.OrderBy(c => c.Number, StringComparer.Ordinal));
}
