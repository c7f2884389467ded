using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Persistence;
using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Identity;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Inspections.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Inspections.FollowUps;

/// <summary>
/// Who hands over and who moves a follow-up on. A finding is handed over by a member of the record's group (as for
/// revising it, but also once the task is closed: follow-up comes after the inspection) or by an operator or leader who
/// sees the record's task; anyone else gets 404 for the record. Reading a follow-up is scoped by <see cref="RecordScope"/>
/// (<see cref="IScopedToFollowUp"/>): its task or its supervising unit. Moving it on is for the supervising unit: a caller
/// who sees it only through the task gets 403 <c>follow-up-not-supervising-unit</c>.
/// </summary>
public sealed class FollowUpAccess(
    IApplicationDbContext db, RecordAccess records, ArchivedTaskGuard archived, TaskVisibility tasks, UnitScope units, TimeProvider clock)
{
    private static readonly string[] HandOverOverseers = [Roles.Operator, Roles.Leader];

    /// <summary>Today in Asia/Shanghai: what deadlines and the overdue list are measured against.</summary>
    public DateOnly Today => clock.Today();

    /// <summary>
    /// The record a finding is handed over from: readable to the caller as a member of its group or as an operator or
    /// leader who sees its task (else 404, <see cref="RecordAccess.ActionableAsync"/>), its task not archived (else 409
    /// <c>task-archived</c>, before any other rule) and the record final (else 409 <c>record-not-final</c>: a result is
    /// handed over once it is submitted — signed off or the task closed).
    /// </summary>
    public async Task<InspectionRecord> HandOverableRecordAsync(Guid recordId, CancellationToken ct)
    {
        var record = await records.ActionableAsync(recordId, HandOverOverseers, ct);
        await archived.EnsureWritableAsync(record.TaskId, ct);
        Rule.Check(await RecordFinality.IsFinalAsync(db, record, ct), RuleCodes.RecordNotFinal);
        return record;
    }

    /// <summary>
    /// 403 <c>follow-up-not-supervising-unit</c> unless the supervising unit is the caller's own unit or one below it
    /// (<see cref="UnitScope.OwnUnitIdsAsync"/>: a read-only bureau-wide role does not widen it).
    /// </summary>
    public async Task DemandSupervisingAsync(FollowUp followUp, CancellationToken ct)
    {
        if (!await units.ActsForAsync(followUp.SupervisingUnitId, ct))
        {
            throw new ForbiddenException("follow-up-not-supervising-unit", FollowUpTexts.NotSupervisingUnit);
        }
    }

    /// <summary>The follow-ups the caller sees: those of visible tasks and those handed to a visible unit.</summary>
    public async Task<IQueryable<FollowUp>> VisibleAsync(CancellationToken ct)
    {
        var all = db.FollowUps.AsNoTracking();
        if (await tasks.VisibleTaskIdsAsync(ct) is not { } visibleTasks || await units.VisibleUnitIdsAsync(ct) is not { } visibleUnits)
        {
            return all;
        }

        List<Guid> taskIds = [.. visibleTasks];
        List<Guid> unitIds = [.. visibleUnits];
        return all.Where(f => taskIds.Contains(f.TaskId) || unitIds.Contains(f.SupervisingUnitId));
    }

    /// <summary>The follow-ups as the API shows them, with their units' names.</summary>
    public async Task<List<FollowUpDto>> ToDtosAsync(IReadOnlyCollection<FollowUp> followUps, CancellationToken ct)
    {
        var names = await UnitNamesAsync(followUps.Select(f => f.SupervisingUnitId), ct);
        var today = Today;
        return [.. followUps.Select(f => f.ToDto(names.GetValueOrDefault(f.SupervisingUnitId, string.Empty), today))];
    }

    public async Task<FollowUpDto> ToDtoAsync(FollowUp followUp, CancellationToken ct) => (await ToDtosAsync([followUp], ct))[0];

    /// <summary>The names of the given units.</summary>
    public async Task<Dictionary<Guid, string>> UnitNamesAsync(IEnumerable<Guid> unitIds, CancellationToken ct)
    {
        List<Guid> ids = [.. unitIds.Distinct()];
        return await db.BranchUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }
}
