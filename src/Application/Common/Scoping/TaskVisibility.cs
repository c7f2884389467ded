using System.Linq.Expressions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Draws;
using DoubleRandom.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Common.Scoping;

/// <summary>
/// Data scoping of tasks and their draws. A task concerns the units whose officers it draws: its officer scope (those
/// units and the units below them; none listed = the whole bureau). Outside the bureau-wide roles a user sees the tasks
/// that concern a unit they can see (their own or one below it) and the tasks they created themselves; a task or draw
/// outside that answers 404, like every scoped record. Work outside a request is unscoped.
/// </summary>
public sealed class TaskVisibility(IApplicationDbContext db, UnitScope scope, ICurrentActor actor)
{
    private IReadOnlySet<Guid>? _visible;
    private bool _resolved;

    /// <summary>The ids of the visible tasks, or null when every task is visible.</summary>
    public async Task<IReadOnlySet<Guid>?> VisibleTaskIdsAsync(CancellationToken ct)
    {
        if (_resolved)
        {
            return _visible;
        }

        _resolved = true;
        if (await scope.VisibleUnitIdsAsync(ct) is not { } units)
        {
            return _visible = null;
        }

        // Tasks are few (hundreds a year) and their scope is part of the settings document: decided here, not in SQL.
        var parents = await db.BranchUnits.AsNoTracking().Where(u => u.ParentId != null)
            .Select(u => new { u.Id, Parent = u.ParentId!.Value }).ToDictionaryAsync(u => u.Id, u => u.Parent, ct);
        var tasks = await db.InspectionTasks.AsNoTracking().Select(t => new { t.Id, t.Settings, t.CreatedBy }).ToListAsync(ct);
        return _visible = tasks
            .Where(t => string.Equals(t.CreatedBy, actor.Name, StringComparison.Ordinal) || Concerns(t.Settings.OfficerScope, units, parents))
            .Select(t => t.Id)
            .ToHashSet();
    }

    /// <summary>
    /// Whether the actor acts on the task — the write scope: the tasks they created or whose officer scope concerns their
    /// own unit and the units below it (<see cref="UnitScope.OwnUnitIdsAsync"/>). A read-only bureau-wide role held as
    /// well (administrator, analyst) widens what they see, not where they act. Work outside a request acts everywhere.
    /// </summary>
    public async Task<bool> ActsOnAsync(Guid taskId, CancellationToken ct)
    {
        if (actor.UserId is null)
        {
            return true;
        }

        var own = await scope.OwnUnitIdsAsync(ct);
        var task = await db.InspectionTasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => new { t.Settings, t.CreatedBy }).FirstOrDefaultAsync(ct);
        if (task is null)
        {
            return false;
        }

        var parents = await db.BranchUnits.AsNoTracking().Where(u => u.ParentId != null)
            .Select(u => new { u.Id, Parent = u.ParentId!.Value }).ToDictionaryAsync(u => u.Id, u => u.Parent, ct);
        return string.Equals(task.CreatedBy, actor.Name, StringComparison.Ordinal) || Concerns(task.Settings.OfficerScope, own, parents);
    }

    /// <summary>The tasks the current actor may see (read only).</summary>
    public Task<IQueryable<InspectionTask>> VisibleTasksAsync(CancellationToken ct) =>
        OfVisibleTasksAsync(db.InspectionTasks.AsNoTracking(), ids => t => ids.Contains(t.Id), ct);

    /// <summary>The draws of the tasks the current actor may see (read only).</summary>
    public Task<IQueryable<Draw>> VisibleDrawsAsync(CancellationToken ct) =>
        OfVisibleTasksAsync(db.Draws.AsNoTracking(), ids => d => ids.Contains(d.TaskId), ct);

    /// <summary>The rows of <paramref name="rows"/> whose task is visible (<paramref name="ofTasks"/>: the test, given the ids).</summary>
    private async Task<IQueryable<T>> OfVisibleTasksAsync<T>(
        IQueryable<T> rows, Func<List<Guid>, Expression<Func<T, bool>>> ofTasks, CancellationToken ct) =>
        await VisibleTaskIdsAsync(ct) is { } visible ? rows.Where(ofTasks([.. visible])) : rows;

    /// <summary>
    /// The scope (listed units and everything below them) meets the visible units (a unit and everything below it)
    /// when a listed unit is visible or lies above a visible unit.
    /// </summary>
    private static bool Concerns(OfficerScope officers, IReadOnlySet<Guid> visible, Dictionary<Guid, Guid> parents)
    {
        if (officers.UnitIds.Count == 0)
        {
            return visible.Count > 0;
        }

        foreach (var unit in officers.UnitIds)
        {
            if (visible.Contains(unit))
            {
                return true;
            }
        }

        // Above a visible unit: walk up from each visible unit (the tree is a few dozen units deep at most).
        var listed = officers.UnitIds.ToHashSet();
        foreach (var start in visible)
        {
            var unit = start;
            for (var depth = 0; depth < 64 && parents.TryGetValue(unit, out var parent); depth++)
            {
                if (listed.Contains(parent))
                {
                    return true;
                }

                unit = parent;
            }
        }

        return false;
    }
}
