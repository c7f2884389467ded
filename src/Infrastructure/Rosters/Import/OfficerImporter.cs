using System.Text;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// Officer files are small (a province has thousands of officers, not millions), so they go through the
/// entities: validate every row, then upsert by number in one transaction. A row's certificate is added to
/// the officer's certificates, replacing one with the same number.
/// </summary>
internal sealed class OfficerImporter(AppDbContext db, IImportProgress progress, IImportFileStore files)
{
    public async Task<ImportOutcome> RunAsync(ImportJob job, Encoding encoding, string encodingName, CancellationToken ct)
    {
        var units = await db.BranchUnits.AsNoTracking().Where(u => u.RetiredAtUtc == null).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        var departments = (await db.Departments.AsNoTracking().Where(d => d.RetiredAtUtc == null).Select(d => d.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        using var report = new ImportReport(files.ReportPath(job));
        var rows = new List<OfficerRow>();
        var byNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        ColumnMap? map = null;
        long line = 0, dataRows = 0;
        try
        {
            foreach (var cells in RosterFileReader.ReadRows(job.StoredPath, encoding))
            {
                line++;
                if (map is null)
                {
                    map = ColumnMap.Build(RosterColumns.Officers, cells);
                    map.Errors.ForEach(e => report.Add(new RowError(1, "*", e)));
                    if (map.Errors.Count > 0)
                    {
                        return Rejected(0, report.Count, encodingName, null);
                    }

                    continue;
                }

                if (RosterFileReader.IsBlank(cells))
                {
                    continue;
                }

                dataRows++;
                if (OfficerRowParser.Parse(map, cells, line, units, departments, report) is { } row)
                {
                    Add(rows, byNumber, row, map, report);
                }

                progress.Report(job.Id, line - 1, null);
            }
        }
        catch (RosterFileException ex)
        {
            report.Add(new RowError(ex.Row, "*", ex.Message));
            return Rejected(line, report.Count, encodingName, ex.Message);
        }

        if (dataRows == 0)
        {
            report.Add(new RowError(Math.Max(line, 1), "*", line == 0 ? ImportText.Empty : ImportText.NoRows));
        }

        if (report.Count > 0 && (job.Mode != ImportMode.ApplyValid || rows.Count == 0))
        {
            return Rejected(dataRows, report.Count, encodingName, null);
        }

        var outcome = await ApplyAsync(job, rows, encodingName, ct);
        return outcome with { RowsDone = dataRows, ErrorCount = report.Count };
    }

    private async Task<ImportOutcome> ApplyAsync(ImportJob job, List<OfficerRow> rows, string encodingName, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var numbers = rows.Select(r => r.Number).ToList();
        var existing = await db.Officers.Where(o => numbers.Contains(o.Number)).ToDictionaryAsync(o => o.Number, StringComparer.Ordinal, ct);
        long inserted = 0, updated = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Number, out var officer))
            {
                db.Officers.Add(Officer.Create(row.Number, row.Details));
                inserted++;
                continue;
            }

            var merged = row.Details with { Certificates = MergeCertificates(officer.Certificates, row.Details.Certificates), UserId = row.Details.UserId ?? officer.UserId };
            if (!Same(officer, merged))
            {
                officer.Update(merged);
                db.Entry(officer).State = EntityState.Modified;
                updated++;
            }
        }

        await db.SaveChangesAsync(ct);
        if (job.Mode != ImportMode.DryRun)
        {
            await transaction.CommitAsync(ct);
        }
        else
        {
            await transaction.RollbackAsync(ct);
        }

        db.ChangeTracker.Clear();
        return new ImportOutcome(ImportJobStatus.Succeeded, rows.Count, inserted, updated, rows.Count - inserted - updated, 0, encodingName, null);
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

    private static ImportOutcome Rejected(long rows, long errorCount, string encoding, string? message) =>
        new(ImportJobStatus.Rejected, rows, 0, 0, 0, errorCount, encoding, message);
}
