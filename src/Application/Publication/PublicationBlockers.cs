using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Inspections;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Publication;

/// <summary>What keeps a task's results from being published: the groups of its draw whose summary is not signed off.</summary>
public static class PublicationBlockers
{
    /// <summary>The numbers of the groups whose summary is not signed off (its current content), ascending; empty without a draw.</summary>
    public static async Task<List<int>> GroupsNotSignedOffAsync(IApplicationDbContext db, InspectionTask task, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(task);
        if (task.CurrentDrawId is not { } drawId)
        {
            return [];
        }

        var groups = await db.DrawGroupMembers.AsNoTracking().Where(m => m.DrawId == drawId).Select(m => m.GroupNumber).Distinct()
            .OrderBy(n => n).ToListAsync(ct);
        var blockers = new List<int>();
        foreach (var number in groups)
        {
            var summary = await GroupSummaries.LoadAsync(db, task.Id, number, ct);
            if (summary.Status != SummaryStatus.SignedOff)
            {
                blockers.Add(number);
            }
        }

        return blockers;
    }
}
