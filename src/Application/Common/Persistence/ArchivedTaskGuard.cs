using System.Collections.Concurrent;
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
/// orphan file behind. While a task's archive is being built (<see cref="TryClaim"/>), its changes are refused the same way.
/// </summary>
public sealed class ArchivedTaskGuard(IApplicationDbContext db)
{
    /// <summary>The tasks whose archive is being built in this process, each with the context that builds it.</summary>
    private static readonly ConcurrentDictionary<Guid, IApplicationDbContext> Archiving = new();

    /// <summary>
    /// Claims <paramref name="taskId"/> for archiving by <paramref name="archiver"/>: false when another request builds its
    /// archive already (it answers 409 before building anything). While claimed, every save that touches the task through
    /// another context is refused with 409 <c>task-archived</c>, so nothing changes under the ZIP being built.
    /// </summary>
    public static bool TryClaim(Guid taskId, IApplicationDbContext archiver) => Archiving.TryAdd(taskId, archiver);

    /// <summary>Ends the claim of <see cref="TryClaim"/>.</summary>
    public static void Release(Guid taskId, IApplicationDbContext archiver) =>
        Archiving.TryRemove(new KeyValuePair<Guid, IApplicationDbContext>(taskId, archiver));

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
        if (!Archiving.IsEmpty)
        {
            var touched = draws.Count == 0 ? tasks
                : [.. tasks, .. await db.Draws.AsNoTracking().Where(d => draws.Contains(d.Id)).Select(d => d.TaskId).ToListAsync(ct)];
            Rule.Check(!touched.Any(t => Archiving.TryGetValue(t, out var archiver) && !ReferenceEquals(archiver, db)), RuleCodes.TaskArchived);
        }

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
