using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;

namespace DoubleRandom.Application.Inspections;

/// <summary>
/// Who may read a group's summary: the group's members (inspectors linked to its officers, whatever their unit), and
/// the roles that oversee tasks — operators, supervisors, leaders, administrators, analysts — for the tasks in their
/// scope (<see cref="TaskVisibility"/>). Anyone else, an inspector of another group included, gets the 404 of a group
/// that does not exist.
/// </summary>
public sealed class SummaryAccess(IApplicationDbContext db, ICurrentActor actor, TaskVisibility tasks)
{
    public async Task EnsureReadableAsync(Guid taskId, int groupNumber, CancellationToken ct)
    {
        if (actor.UserId is { } user && await AssignedTargets.MembershipAsync(db, user, taskId, groupNumber, ct) is not null)
        {
            return;
        }

        if (InspectionOverseers.Includes(actor.Roles)
            && (await tasks.VisibleTaskIdsAsync(ct) is not { } visible || visible.Contains(taskId)))
        {
            return;
        }

        throw GroupSummaries.NotFound(taskId, groupNumber);
    }

    /// <summary>The caller's membership of the group (to sign), or the 404 of a group that does not exist.</summary>
    public async Task<GroupAssignment> MembershipAsync(Guid taskId, int groupNumber, CancellationToken ct) =>
        actor.UserId is { } user && await AssignedTargets.MembershipAsync(db, user, taskId, groupNumber, ct) is { } membership
            ? membership
            : throw GroupSummaries.NotFound(taskId, groupNumber);
}
