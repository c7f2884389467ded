using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Common.Persistence;

/// <summary>
/// The one rule of an archived task (ADR 0026): nothing that belongs to it changes. <see cref="EnsureChangesAllowedAsync"/>
/// is called by every save with the tasks and draws the pending changes belong to (<see cref="ITaskOwned"/>,
/// <see cref="IDrawOwned"/>) and refuses the whole save with 409 <c>task-archived</c> when one of them is archived as
/// stored — so the save that archives a task still goes through. Handlers that store a file before they save (evidence,
/// signatures, attachments, resumable uploads) ask <see cref="EnsureWritableAsync"/> first, so a refused write leaves no
/// orphan file behind.
/// </summary>
public sealed class ArchivedTaskGuard(IApplicationDbContext db)
{
    /// <summary>Throws 409 <c>task-archived</c> when the task is archived.</summary>
    public Task EnsureWritableAsync(Guid taskId, CancellationToken ct) => EnsureChangesAllowedAsync(db, [taskId], [], ct);

    /// <summary>Throws 409 <c>task-archived</c> when any of the tasks, or the task of any of the draws, is archived (as stored).</summary>
    public static async Task EnsureChangesAllowedAsync(
        IApplicationDbContext db, IReadOnlyCollection<Guid> taskIds, IReadOnlyCollection<Guid> drawIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(taskIds);
        ArgumentNullException.ThrowIfNull(drawIds);
        if (taskIds.Count == 0 && drawIds.Count == 0)
        {
            return;
        }

        var tasks = taskIds.Distinct().ToList();
        var draws = drawIds.Distinct().ToList();
        var archived = await db.InspectionTasks.AsNoTracking().AnyAsync(
            t => t.ArchivedAtUtc != null && (tasks.Contains(t.Id) || db.Draws.Any(d => d.TaskId == t.Id && draws.Contains(d.Id))), ct);
        Rule.Check(!archived, RuleCodes.TaskArchived);
    }

    /// <summary>
    /// The tasks and draws the pending changes belong to. The caller passes the principal of an owned entity (an item
    /// result, a witness, a follow-up event, a correction item…), whose owner entry stays Unchanged when only it changes.
    /// </summary>
    public static (List<Guid> TaskIds, List<Guid> DrawIds) Owners(IEnumerable<object> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var tasks = new List<Guid>();
        var draws = new List<Guid>();
        foreach (var entity in changed)
        {
            if (entity is ITaskOwned owned)
            {
                tasks.Add(owned.OwningTaskId);
            }

            if (entity is IDrawOwned drawOwned)
            {
                draws.Add(drawOwned.OwningDrawId);
            }
        }

        return (tasks, draws);
    }
}
