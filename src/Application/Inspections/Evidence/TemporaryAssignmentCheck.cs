using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Draws;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Evidence;

/// <summary>
/// TEMPORARY (until i14-rec's AssignedTargets is merged): whether the user's officer is in the sealed group the target
/// was drawn into. Sealed rows only, no amendments.
/// </summary>
public static class TemporaryAssignmentCheck
{
    public static async Task<bool> IsAssignedAsync(IApplicationDbContext db, Guid userId, Guid taskId, string targetCode, CancellationToken ct)
    {
        var officerIds = await db.Officers.AsNoTracking().Where(o => o.UserId == userId).Select(o => o.Id).ToListAsync(ct);
        if (officerIds.Count == 0)
        {
            return false;
        }

        var drawIds = await db.Draws.AsNoTracking().Where(d => d.TaskId == taskId && d.Status == DrawStatus.Sealed).Select(d => d.Id).ToListAsync(ct);
        var groups = await db.DrawSelections.AsNoTracking()
            .Where(s => drawIds.Contains(s.DrawId) && s.TargetCode == targetCode && s.GroupNumber != null)
            .Select(s => new { s.DrawId, s.GroupNumber }).ToListAsync(ct);
        foreach (var g in groups)
        {
            if (await db.DrawGroupMembers.AsNoTracking().AnyAsync(m => m.DrawId == g.DrawId && m.GroupNumber == g.GroupNumber && officerIds.Contains(m.OfficerId), ct))
            {
                return true;
            }
        }

        return false;
    }
}
