using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Common.Scoping;

/// <summary>
/// Data scoping: a user sees the unit they belong to and every unit below it, unless one of their roles is
/// bureau-wide. Work outside a request (start-up, jobs) is unscoped.
/// </summary>
public sealed class UnitScope(IApplicationDbContext db, ICurrentActor actor)
{
    private IReadOnlySet<Guid>? _visible;
    private bool _resolved;
    private IReadOnlySet<Guid>? _own;

    /// <summary>The visible unit ids, or null when every unit is visible.</summary>
    public async Task<IReadOnlySet<Guid>?> VisibleUnitIdsAsync(CancellationToken ct)
    {
        if (_resolved)
        {
            return _visible;
        }

        _resolved = true;
        if (actor.UserId is null || actor.Roles.Any(Roles.BureauWide.Contains))
        {
            return _visible = null;
        }

        return _visible = await OwnUnitIdsAsync(ct);
    }

    /// <summary>
    /// The caller's own unit and every unit below it, whatever bureau-wide roles they also hold: the write scope of work
    /// done for a unit (moving a follow-up on, deciding a correction). The bureau-wide roles (administrator, analyst) widen
    /// what one reads, never for which unit one acts.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> OwnUnitIdsAsync(CancellationToken ct)
    {
        if (_own is not null)
        {
            return _own;
        }

        if (actor.UnitId is not { } root)
        {
            return _own = new HashSet<Guid>();
        }

        var edges = await db.BranchUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
        var children = edges.Where(e => e.ParentId is not null).ToLookup(e => e.ParentId!.Value, e => e.Id);
        var own = new HashSet<Guid> { root };
        var pending = new Queue<Guid>([root]);
        while (pending.TryDequeue(out var unit))
        {
            foreach (var child in children[unit])
            {
                if (own.Add(child))
                {
                    pending.Enqueue(child);
                }
            }
        }

        return _own = own;
    }

    /// <summary>Whether the caller acts for <paramref name="unitId"/> (<see cref="OwnUnitIdsAsync"/>); work outside a request always does.</summary>
    public async Task<bool> ActsForAsync(Guid unitId, CancellationToken ct) =>
        actor.UserId is null || (await OwnUnitIdsAsync(ct)).Contains(unitId);

    public async Task<bool> CanSeeAsync(Guid? unitId, CancellationToken ct) =>
        await VisibleUnitIdsAsync(ct) is not { } visible || (unitId is { } id && visible.Contains(id));

    /// <summary>
    /// Refuses (403 <c>unit-out-of-scope</c>) a task whose officer scope reaches beyond the caller's units: every listed unit
    /// must be one the caller can see, and an empty list (the whole bureau) needs a caller who sees every unit. A task
    /// draws officers of those units and shows their feasibility counts, so it is a write into those units.
    /// </summary>
    public async Task DemandOfficerScopeAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        if (await VisibleUnitIdsAsync(ct) is not { } visible)
        {
            return;
        }

        var inside = unitIds.Count > 0
            ? unitIds.All(visible.Contains)
            : (await db.BranchUnits.AsNoTracking().Select(u => u.Id).ToListAsync(ct)).All(visible.Contains);
        if (!inside)
        {
            throw new ForbiddenException("unit-out-of-scope", Text.Of(
                "抽查任务只能抽取本单位及下级单位的执法检查人员", "A task can only draw officers of your unit and the units below it."));
        }
    }

    /// <summary>
    /// Refuses (403 <c>unit-out-of-scope</c>) a record being put into a unit the caller cannot see: the caller may
    /// only place officers in their own unit and those below it.
    /// </summary>
    public async Task DemandAsync(Guid? unitId, CancellationToken ct)
    {
        if (!await CanSeeAsync(unitId, ct))
        {
            throw new ForbiddenException("unit-out-of-scope", Text.Of(
                "只能在本单位及下级单位内登记或调整执法检查人员", "Officers can only be placed in your unit and the units below it."));
        }
    }
}
