using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Scoping;

namespace DoubleRandom.Application.Inspections.Records;

/// <summary>
/// The one rule of who acts on a group's records: a member of the group's effective membership
/// (<see cref="AssignedTargets"/>), or a holder of one of the given roles who sees the task (<see cref="TaskVisibility"/>).
/// Reading lets every inspection overseer in by task (<see cref="InspectionOverseers"/>); handing over and asking for a
/// correction name their own, narrower roles.
/// </summary>
public sealed class RecordReaders(IApplicationDbContext db) : IRecordReaders
{
    public Task<bool> ReadsAsync(ICurrentActor actor, TaskVisibility tasks, Guid taskId, int groupNumber, CancellationToken ct) =>
        AllowsAsync(actor, tasks, taskId, groupNumber, InspectionOverseers.Includes, write: false, ct);

    /// <summary>
    /// Member of the group, or <paramref name="byTask"/> holds for the actor's roles and the actor sees the task — for a
    /// <paramref name="write"/>, acts on it (<see cref="TaskVisibility.ActsOnAsync"/>: a read-only bureau-wide role does
    /// not widen it).
    /// </summary>
    public async Task<bool> AllowsAsync(
        ICurrentActor actor, TaskVisibility tasks, Guid taskId, int groupNumber, Func<IEnumerable<string>, bool> byTask, bool write,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(byTask);
        if (byTask(actor.Roles) && (write
            ? await tasks.ActsOnAsync(taskId, ct)
            : await tasks.VisibleTaskIdsAsync(ct) is not { } visible || visible.Contains(taskId)))
        {
            return true;
        }

        return actor.UserId is { } user && await AssignedTargets.MembershipAsync(db, user, taskId, groupNumber, ct) is not null;
    }
}
