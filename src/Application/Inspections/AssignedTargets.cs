using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Draws;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections;

/// <summary>
/// What a signed-in user is assigned to inspect: user → their officer(s) (<c>Officer.UserId</c>) → the effective groups
/// (<see cref="DrawResults"/>: sealed rows with approved amendments applied) of the current, sealed draws of tasks that
/// are drawn or closed. An officer replaced by an approved amendment has lost the group; the replacement has it; a
/// target placed by amendment counts. Nothing of a draw that is not sealed, nothing of a group the user is not in.
/// </summary>
public static class AssignedTargets
{
    /// <summary>Every group the user is in, of open and closed tasks (<see cref="GroupAssignment.TaskClosed"/> tells).</summary>
    public static Task<List<GroupAssignment>> AllAsync(IApplicationDbContext db, Guid userId, CancellationToken ct) =>
        LoadAsync(db, userId, taskId: null, ct);

    /// <summary>The user's assignment of one target in one task, or null when the user is not assigned to it.</summary>
    public static async Task<TargetAssignment?> FindAsync(IApplicationDbContext db, Guid userId, Guid taskId, string targetCode, CancellationToken ct)
    {
        foreach (var group in await LoadAsync(db, userId, taskId, ct))
        {
            var target = group.Targets.FirstOrDefault(t => string.Equals(t.Code, targetCode, StringComparison.Ordinal));
            if (target is not null)
            {
                return new TargetAssignment(group, target);
            }
        }

        return null;
    }

    /// <summary>The user's membership of one group of a task (leader or member), or null when the user is not in it.</summary>
    public static async Task<GroupAssignment?> MembershipAsync(IApplicationDbContext db, Guid userId, Guid taskId, int groupNumber, CancellationToken ct) =>
        (await LoadAsync(db, userId, taskId, ct)).FirstOrDefault(g => g.GroupNumber == groupNumber);

    private static async Task<List<GroupAssignment>> LoadAsync(IApplicationDbContext db, Guid userId, Guid? taskId, CancellationToken ct)
    {
        var officerIds = await db.Officers.AsNoTracking().Where(o => o.UserId == userId).Select(o => o.Id).ToListAsync(ct);
        if (officerIds.Count == 0)
        {
            return [];
        }

        // Draws where one of the officers was sealed into a group or joined one by an approved replacement.
        var sealedIn = db.DrawGroupMembers.Where(m => officerIds.Contains(m.OfficerId)).Select(m => m.DrawId);
        var joined = db.DrawAmendments
            .Where(a => a.Status == AmendmentStatus.Approved && a.ReplacementOfficerId != null && officerIds.Contains(a.ReplacementOfficerId.Value))
            .Select(a => a.DrawId);
        var candidates = sealedIn.Union(joined);
        var tasks = await (
                from t in db.InspectionTasks.AsNoTracking()
                join d in db.Draws.AsNoTracking() on t.CurrentDrawId equals d.Id
                where (t.Status == InspectionTaskStatus.Drawn || t.Status == InspectionTaskStatus.Closed)
                      && d.Status == DrawStatus.Sealed
                      && (taskId == null || t.Id == taskId)
                      && candidates.Contains(d.Id)
                select new { TaskId = t.Id, t.Name, t.Year, t.Status, DrawId = d.Id })
            .ToListAsync(ct);
        if (tasks.Count == 0)
        {
            return [];
        }

        var results = await DrawResults.LoadGroupsOfAsync(db, [.. tasks.Select(t => t.DrawId)], officerIds, ct);
        var assignments = new List<GroupAssignment>();
        foreach (var task in tasks.OrderByDescending(t => t.Year).ThenBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.TaskId))
        {
            var result = results.Single(r => r.DrawId == task.DrawId);
            foreach (var group in result.Groups)
            {
                var me = group.Officers.FirstOrDefault(o => officerIds.Contains(o.OfficerId));
                if (me is not null)
                {
                    assignments.Add(new GroupAssignment(
                        task.TaskId, task.Name, task.Year, task.Status == InspectionTaskStatus.Closed, task.DrawId, group.Number,
                        me.OfficerId, me.Leader, group.Officers, group.Targets));
                }
            }
        }

        return assignments;
    }
}
