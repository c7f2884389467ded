using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Inspections;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Archives.Sections;

/// <summary>
/// <c>follow-ups/&lt;targetCode&gt;-&lt;id&gt;.json</c>: every follow-up of the task (§7, 移交后续处置) as the API shows it,
/// with its supervising unit and its whole history (handed over → in progress → rectified / case filed → closed),
/// streamed row by row. "Overdue" is as of the day the archive is built.
/// </summary>
public sealed class FollowUpSection(IApplicationDbContext db, TimeProvider clock) : IArchiveSection
{
    public int Order => 50;

    public string Folder => "follow-ups";

    public async IAsyncEnumerable<ArchiveEntry> EntriesAsync(ArchiveContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unitIds = await db.FollowUps.AsNoTracking().Where(f => f.TaskId == context.TaskId).Select(f => f.SupervisingUnitId).Distinct().ToListAsync(ct);
        var units = await db.BranchUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var today = clock.Today();
        var followUps = db.FollowUps.AsNoTracking().Where(f => f.TaskId == context.TaskId)
            .OrderBy(f => f.TargetCode).ThenBy(f => f.HandedOverAtUtc).ThenBy(f => f.Id).AsAsyncEnumerable();
        await foreach (var followUp in followUps.WithCancellation(ct))
        {
            var dto = followUp.ToDto(units.GetValueOrDefault(followUp.SupervisingUnitId, string.Empty), today);
            yield return ArchiveJson.Entry($"follow-ups/{ArchivePaths.Segment(followUp.TargetCode)}-{followUp.Id:N}.json", dto);
        }
    }
}
