using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Inspections;
using DoubleRandom.Application.Inspections.Corrections;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Archives.Sections;

/// <summary>
/// <c>corrections/&lt;targetCode&gt;-&lt;id&gt;.json</c>: every correction of the task (§7.2) with its request, reason and
/// decision (approved or rejected, by whom, when, the note); <c>corrections/versions/&lt;targetCode&gt;-v&lt;N&gt;.json</c>:
/// every kept version of a corrected record (version 1 as it became final, then one per approved correction). Streamed
/// row by row; a task without corrections has no entries here.
/// </summary>
public sealed class CorrectionSection(IApplicationDbContext db) : IArchiveSection
{
    public int Order => 60;

    public string Folder => "corrections";

    public async IAsyncEnumerable<ArchiveEntry> EntriesAsync(ArchiveContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var corrections = db.RecordCorrections.AsNoTracking().Where(c => c.TaskId == context.TaskId)
            .OrderBy(c => c.TargetCode).ThenBy(c => c.RequestedAtUtc).ThenBy(c => c.Id).AsAsyncEnumerable();
        await foreach (var correction in corrections.WithCancellation(ct))
        {
            yield return ArchiveJson.Entry($"corrections/{ArchivePaths.Segment(correction.TargetCode)}-{correction.Id:N}.json", correction.ToDto());
        }

        // What a version needs besides its row: its record's target, current version and the reasons of the corrections.
        var records = await db.InspectionRecordVersions.AsNoTracking().Where(v => v.TaskId == context.TaskId).Select(v => v.RecordId).Distinct()
            .Join(db.InspectionRecords.AsNoTracking(), id => id, r => r.Id, (_, r) => new { r.Id, r.TargetCode, r.ContentVersion })
            .ToDictionaryAsync(r => r.Id, ct);
        var reasons = await db.RecordCorrections.AsNoTracking().Where(c => c.TaskId == context.TaskId).ToDictionaryAsync(c => c.Id, c => c.Reason, ct);
        var versions = db.InspectionRecordVersions.AsNoTracking().Where(v => v.TaskId == context.TaskId)
            .OrderBy(v => v.RecordId).ThenBy(v => v.Number).AsAsyncEnumerable();
        await foreach (var version in versions.WithCancellation(ct))
        {
            var record = records[version.RecordId];
            var dto = new RecordVersionDto(
                version.Number, [.. version.Items.Select(i => i.ToDto())], version.MadeBy, version.MadeAtUtc, version.CorrectionId,
                version.CorrectionId is { } id ? reasons.GetValueOrDefault(id) : null, version.Number == record.ContentVersion);
            yield return ArchiveJson.Entry($"corrections/versions/{ArchivePaths.Segment(record.TargetCode)}-v{version.Number}.json", dto);
        }
    }
}
