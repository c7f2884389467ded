using System.Linq.Expressions;
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
public sealed class RecordAccess(IApplicationDbContext db, ICurrentActor actor, TaskVisibility tasks, ArchivedTaskGuard archived, RecordReaders readers)
{
    /// <summary>Whether the caller reads by task scope rather than by group membership.</summary>
    public bool IsOverseer => InspectionOverseers.Includes(actor.Roles);

    /// <summary>The record, when the caller may read it (<see cref="RecordReaders"/>); else 404.</summary>
    public Task<InspectionRecord> ReadableAsync(Guid id, CancellationToken ct) => AllowedAsync(id, InspectionOverseers.Includes, write: false, ct);

    /// <summary>
    /// The record, when the caller is a member of its group or holds one of <paramref name="byTaskRoles"/> and sees its
    /// task (<see cref="RecordReaders"/>) in their write scope (a read-only bureau-wide role does not widen it); else 404.
    /// For acting on a final record: handing over, asking for a correction.
    /// </summary>
    public Task<InspectionRecord> ActionableAsync(Guid id, IReadOnlyCollection<string> byTaskRoles, CancellationToken ct) =>
        AllowedAsync(id, roles => roles.Any(r => byTaskRoles.Contains(r, StringComparer.Ordinal)), write: true, ct);

    /// <summary>
    /// Filters corrections to those whose record the caller reads — the same rule as <see cref="ReadableAsync"/>: an
    /// overseer by task scope, anyone else by the groups they are members of.
    /// </summary>
    public async Task<IQueryable<RecordCorrection>> ReadableCorrectionsAsync(IQueryable<RecordCorrection> corrections, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        if (IsOverseer)
        {
            if (await tasks.VisibleTaskIdsAsync(ct) is not { } visible)
            {
                return corrections;
            }

            List<Guid> ids = [.. visible];
            return corrections.Where(c => ids.Contains(c.TaskId));
        }

        List<GroupAssignment> groups = actor.UserId is { } user ? await AssignedTargets.AllAsync(db, user, ct) : [];
        var c = Expression.Parameter(typeof(RecordCorrection), "c");
        Expression any = Expression.Constant(false);
        foreach (var (taskId, group) in groups.Select(g => (g.TaskId, g.GroupNumber)).Distinct())
        {
            any = Expression.OrElse(any, Expression.AndAlso(
                Expression.Equal(Expression.Property(c, nameof(RecordCorrection.TaskId)), Expression.Constant(taskId)),
                Expression.Equal(Expression.Property(c, nameof(RecordCorrection.GroupNumber)), Expression.Constant(group))));
        }

        return corrections.Where(Expression.Lambda<Func<RecordCorrection, bool>>(any, c));
    }

    private async Task<InspectionRecord> AllowedAsync(Guid id, Func<IEnumerable<string>, bool> byTask, bool write, CancellationToken ct)
    {
        var record = await db.InspectionRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFound(id);
        return await readers.AllowsAsync(actor, tasks, record.TaskId, record.GroupNumber, byTask, write, ct) ? record : throw NotFound(id);
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
