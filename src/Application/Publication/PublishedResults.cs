using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Publication;

/// <summary>
/// Builds the public rows of a task (一公开) from its inspection records' current content: one row per target × item,
/// with the target's kind from the roster, the category's names from the reference data (retired categories
/// included), the Asia/Shanghai date the inspection finished and the authority (<see cref="AuthorityAsync"/>). Nothing else of a record goes public — no
/// findings, legal basis, evidence, signatures, witnesses or inspectors.
/// </summary>
public static class PublishedResults
{
    /// <summary>What the authority is called when the task draws from the whole bureau and no top unit is known.</summary>
    public const string BureauLevel = "局本级";

    /// <summary>How many inspection records one page of <see cref="WriteTaskAsync"/> reads (about 2,000 rows).</summary>
    public const int RecordsPerPage = 500;

    /// <summary>
    /// Writes the rows of every inspection record of the task, published on <paramref name="publishedOn"/>; returns how
    /// many and their SHA-256 (<see cref="PublishedResultsDigest"/>), which the publication's audit entry carries for them. The records are read in pages in target order (a task may have ten thousand targets) and each page's rows
    /// are saved and let go, so memory stays flat: call it inside the caller's transaction, which makes it all-or-nothing.
    /// </summary>
    public static async Task<(int Count, string Sha256)> WriteTaskAsync(IApplicationDbContext db, InspectionTask task, DateOnly publishedOn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(task);
        var context = await FactsContextAsync(db, task, ct);
        var lines = new List<(string TargetCode, string ItemId, string Line)>();
        string? after = null;
        while (true)
        {
            var query = db.InspectionRecords.AsNoTracking().Where(r => r.TaskId == task.Id);
            if (after is not null)
            {
                query = query.Where(r => r.TargetCode.CompareTo(after) > 0);
            }

            var records = await query.OrderBy(r => r.TargetCode).Take(RecordsPerPage).ToListAsync(ct);
            if (records.Count == 0)
            {
                return (lines.Count, PublishedResultsDigest.OfLines(lines));
            }

            foreach (var fact in await FactsAsync(db, task, context, records, ct))
            {
                var row = PublishedResult.Create(fact, publishedOn, correctedOn: null);
                db.PublishedResults.Add(row);
                lines.Add(PublishedResultsDigest.Keyed(row));
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = records[^1].TargetCode;
        }
    }

    /// <summary>
    /// After an approved correction: brings one target's rows of a published task in line with its record's current
    /// content (the tracked record, so a change not yet saved counts). A changed row takes the new facts and
    /// <paramref name="correctedOn"/>; an identical one stays as it is. Returns how many rows changed; 0 when the task is
    /// not published (nothing public to correct). When rows changed, the publication records the refreshed target
    /// (<see cref="TaskPublication.Refreshed"/>: the audit entry of the refresh — the rows themselves are not audited one
    /// by one). The caller saves, in the same unit of work as the correction.
    /// </summary>
    public static async Task<int> RefreshTargetAsync(
        IApplicationDbContext db, Guid taskId, string targetCode, DateOnly correctedOn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var publication = await db.TaskPublications.FirstOrDefaultAsync(p => p.TaskId == taskId, ct);
        if (publication is null)
        {
            return 0;
        }

        var task = await db.InspectionTasks.AsNoTracking().FirstAsync(t => t.Id == taskId, ct);
        var records = await db.InspectionRecords.Where(r => r.TaskId == taskId && r.TargetCode == targetCode).ToListAsync(ct);
        var facts = records.Count == 0 ? [] : await FactsAsync(db, task, await FactsContextAsync(db, task, ct), records, ct);
        var rows = await db.PublishedResults.Where(r => r.TaskId == taskId && r.TargetCode == targetCode).ToListAsync(ct);
        var changed = 0;
        foreach (var fact in facts)
        {
            var row = rows.FirstOrDefault(r => r.ItemId == fact.ItemId);
            if (row is null)
            {
                db.PublishedResults.Add(PublishedResult.Create(fact, publication.PublishedOn, correctedOn));
                changed++;
            }
            else if (!row.Says(fact))
            {
                row.Correct(fact, correctedOn);
                changed++;
            }
        }

        var gone = rows.Where(r => facts.All(f => f.ItemId != r.ItemId)).ToList();
        db.PublishedResults.RemoveRange(gone);
        var count = publication.ResultCount + (facts.Count - rows.Count);
        if (changed + gone.Count > 0)
        {
            publication.Refreshed(targetCode, correctedOn, count);
        }

        return changed + gone.Count;
    }

    /// <summary>
    /// 检查实施机关: the branch units the task draws its officers from (<see cref="OfficerScope"/>), by name; for a task of
    /// the whole bureau the top units of the organisation (no parent, not retired); <see cref="BureauLevel"/> when none.
    /// </summary>
    public static async Task<string> AuthorityAsync(IApplicationDbContext db, InspectionTask task, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(task);
        var unitIds = task.Settings.OfficerScope.UnitIds;
        var names = unitIds.Count > 0
            ? await db.BranchUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Code).Select(u => u.Name).ToListAsync(ct)
            : await db.BranchUnits.AsNoTracking().Where(u => u.ParentId == null && u.RetiredAtUtc == null).OrderBy(u => u.Code)
                .Select(u => u.Name).ToListAsync(ct);
        var authority = names.Count == 0 ? BureauLevel : string.Join('、', names);
        return authority.Length <= PublishedResult.AuthorityMaxLength ? authority : authority[..PublishedResult.AuthorityMaxLength];
    }

    /// <summary>What every row of a task shares: the authority and the result categories (retired ones included) by code.</summary>
    private sealed record FactsContext(string Authority, Dictionary<string, (string NameZh, string NameEn)> Categories);

    private static async Task<FactsContext> FactsContextAsync(IApplicationDbContext db, InspectionTask task, CancellationToken ct)
    {
        var authority = await AuthorityAsync(db, task, ct);
        var categories = await db.ResultCategories.AsNoTracking().Select(c => new { c.Code, c.NameZh, c.NameEn })
            .ToDictionaryAsync(c => c.Code, c => (c.NameZh, c.NameEn), StringComparer.Ordinal, ct);
        return new FactsContext(authority, categories);
    }

    private static async Task<List<PublishedResultFacts>> FactsAsync(
        IApplicationDbContext db, InspectionTask task, FactsContext context, IReadOnlyList<InspectionRecord> records, CancellationToken ct)
    {
        var kinds = await KindsAsync(db, [.. records.Select(r => r.TargetCode)], ct);
        var facts = new List<PublishedResultFacts>(records.Count * Math.Max(1, task.Settings.ItemIds.Count));
        foreach (var record in records)
        {
            var inspectedOn = PublicationDates.ShanghaiDate(record.FinishedAtUtc);
            // Targets are retired, never deleted: a drawn target is in the roster (the default only guards a broken row).
            var kind = kinds.GetValueOrDefault(record.TargetCode, TargetKind.Enterprise);
            foreach (var item in record.Items)
            {
                // Categories are retired, never deleted, so a record's code is there; a row removed by hand publishes
                // under its code rather than failing the whole task.
                var (nameZh, nameEn) = context.Categories.TryGetValue(item.ResultCategoryCode, out var names)
                    ? names
                    : (item.ResultCategoryCode, item.ResultCategoryCode);
                facts.Add(new PublishedResultFacts(
                    task.Id, task.Name, task.Year, record.TargetCode, record.TargetName, kind, item.ItemId, item.ItemName,
                    item.ResultCategoryCode, nameZh, nameEn, inspectedOn, context.Authority));
            }
        }

        return facts;
    }

    /// <summary>The roster's kind of each target, read in slices (a task may have ten thousand targets).</summary>
    private static async Task<Dictionary<string, TargetKind>> KindsAsync(IApplicationDbContext db, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var kinds = new Dictionary<string, TargetKind>(codes.Count, StringComparer.Ordinal);
        foreach (var slice in codes.Distinct(StringComparer.Ordinal).Chunk(1000))
        {
            var rows = await db.Targets.AsNoTracking().Where(t => slice.Contains(t.Code)).Select(t => new { t.Code, t.Kind }).ToListAsync(ct);
            foreach (var row in rows)
            {
                kinds[row.Code] = row.Kind;
            }
        }

        return kinds;
    }
}
