using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Inspections;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Archives.Sections;

/// <summary>
/// <c>records/&lt;targetCode&gt;.json</c>: every inspection record of the task as the API shows it (results per item,
/// witnesses, the target's acknowledgement or refusal), streamed row by row.
/// </summary>
public sealed class RecordSection(IApplicationDbContext db) : IArchiveSection
{
    public int Order => 30;

    public string Folder => "records";

    public async IAsyncEnumerable<ArchiveEntry> EntriesAsync(ArchiveContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var records = db.InspectionRecords.AsNoTracking().Where(r => r.TaskId == context.TaskId).OrderBy(r => r.TargetCode).ThenBy(r => r.Id).AsAsyncEnumerable();
        await foreach (var record in records.WithCancellation(ct))
        {
            yield return ArchiveJson.Entry($"records/{ArchivePaths.Segment(record.TargetCode)}.json", record.ToDto());
        }
    }
}
