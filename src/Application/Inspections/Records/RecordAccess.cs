using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.Records;

/// <summary>
/// Who may see and change a record. Overseers (administrators, operators, leaders, supervisors, analysts) read the records
/// of the tasks in their data scope (<see cref="TaskVisibility"/>, as for tasks); an inspector reads the records of the
/// groups they are in (<see cref="AssignedTargets"/>). Only a member of the record's effective group changes it, and only
/// while the task is open. Everything else is answered 404, as if the record did not exist.
/// </summary>
public sealed class RecordAccess(IApplicationDbContext db, ICurrentActor actor, TaskVisibility tasks, ArchivedTaskGuard archived)
{
    /// <summary>Whether the caller reads by task scope rather than by group membership.</summary>
    public bool IsOverseer => InspectionOverseers.Includes(actor.Roles);

    /// <summary>The record, when the caller may read it; else 404.</summary>
    public async Task<InspectionRecord> ReadableAsync(Guid id, CancellationToken ct)
    {
        var record = await db.InspectionRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFound(id);
        if (IsOverseer && (await tasks.VisibleTaskIdsAsync(ct) is not { } visible || visible.Contains(record.TaskId)))
        {
            return record;
        }

        if (actor.UserId is { } user && await AssignedTargets.MembershipAsync(db, user, record.TaskId, record.GroupNumber, ct) is not null)
        {
            return record;
        }

        throw NotFound(id);
    }

    /// <summary>
    /// The record, tracked, when the caller is a member of its effective group (else 404), its task is still open (else
    /// 409 <c>task-closed</c>) and its group's summary is not signed off (else 409 <c>record-final</c>): a final result
    /// changes only by an approved correction (§7.2).
    /// </summary>
    public async Task<InspectionRecord> WritableAsync(Guid id, CancellationToken ct)
    {
        var record = await db.InspectionRecords.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFound(id);
        if (actor.UserId is not { } user || await AssignedTargets.MembershipAsync(db, user, record.TaskId, record.GroupNumber, ct) is null)
        {
            throw NotFound(id);
        }

        await archived.EnsureWritableAsync(record.TaskId, ct);
        var status = await db.InspectionTasks.AsNoTracking().Where(t => t.Id == record.TaskId).Select(t => t.Status).SingleAsync(ct);
        Rule.Check(status != InspectionTaskStatus.Closed, RuleCodes.RecordTaskClosed);
        Rule.Check(!await RecordFinality.SignedOffAsync(db, record, ct), RuleCodes.RecordFinal);
        return record;
    }

    /// <summary>The group numbers of a task whose records the caller reads; null for all of them (an overseer).</summary>
    public async Task<IReadOnlySet<int>?> ReadableGroupsAsync(Guid taskId, CancellationToken ct)
    {
        if (IsOverseer)
        {
            return null;
        }

        if (actor.UserId is not { } user)
        {
            return new HashSet<int>();
        }

        return (await AssignedTargets.AllAsync(db, user, ct)).Where(g => g.TaskId == taskId).Select(g => g.GroupNumber).ToHashSet();
    }

    private static NotFoundException NotFound(Guid id) => new(RecordNames.InspectionRecord, id);
}
