using System.Linq.Expressions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>
/// A request's scope resolved once (docs/evaluation-report-facts.md §2.1). Units: a task is in scope when its officer
/// scope lists one of the units or a unit below them (a task of the whole bureau — no units — only without a unit filter);
/// targets that belong to no task (population, history) are in a unit's scope when their region lies in the unit's region
/// (the unit's GB/T 2260 code without its trailing "00" pairs). Departments and industries filter targets (any listed
/// department in <see cref="Target.DepartmentCodes"/>; the section letter), in the database.
/// </summary>
internal sealed class FactScope
{
    private FactScope(EvaluationRequest request, IReadOnlySet<Guid>? taskIds, IReadOnlyList<string> regionPrefixes)
    {
        Request = request;
        TaskIds = taskIds;
        RegionPrefixes = regionPrefixes;
    }

    public EvaluationRequest Request { get; }

    /// <summary>The tasks in the unit scope; null without a unit filter (every task).</summary>
    public IReadOnlySet<Guid>? TaskIds { get; }

    /// <summary>Region code prefixes of the units (empty without a unit filter).</summary>
    public IReadOnlyList<string> RegionPrefixes { get; }

    /// <summary>True when departments or industries narrow the targets: a draw's published N_h then is not the domain's size.</summary>
    public bool FiltersTargets => Request.DepartmentCodes.Count > 0 || Request.IndustrySections.Count > 0;

    public bool HasTask(Guid taskId) => TaskIds is null || TaskIds.Contains(taskId);

    public static async Task<FactScope> LoadAsync(
        IApplicationDbContext db, EvaluationRequest request, IEnumerable<(Guid TaskId, IReadOnlyList<Guid> Units)> tasks, CancellationToken ct)
    {
        if (request.UnitIds.Count == 0)
        {
            return new FactScope(request, null, []);
        }

        var units = await db.BranchUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.RegionCode }).ToListAsync(ct);
        var below = new HashSet<Guid>(request.UnitIds.Where(id => units.Exists(u => u.Id == id)));
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var pending = new Queue<Guid>(below);
        while (pending.TryDequeue(out var unit))
        {
            foreach (var child in children[unit].Where(below.Add))
            {
                pending.Enqueue(child);
            }
        }

        var taskIds = tasks.Where(t => t.Units.Any(below.Contains)).Select(t => t.TaskId).ToHashSet();
        var prefixes = units.Where(u => request.UnitIds.Contains(u.Id)).Select(u => RegionPrefix(u.RegionCode))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new FactScope(request, taskIds, prefixes);
    }

    /// <summary>"640000" → "64", "640100" → "6401", "640104" → "640104".</summary>
    public static string RegionPrefix(string regionCode)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        var prefix = regionCode;
        while (prefix.Length > 2 && prefix.EndsWith("00", StringComparison.Ordinal))
        {
            prefix = prefix[..^2];
        }

        return prefix;
    }

    /// <summary>The targets of the department and industry filters (drawn targets: the unit scope is the task's).</summary>
    public IQueryable<Target> Targets(IQueryable<Target> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (Request.IndustrySections.Count > 0)
        {
            var sections = Request.IndustrySections.ToList();
            targets = targets.Where(t => t.IndustrySection != null && sections.Contains(t.IndustrySection));
        }

        if (Request.DepartmentCodes.Count > 0)
        {
            targets = targets.Where(AnyOf(t => t.DepartmentCodes, Request.DepartmentCodes.Select(d => $"|{d}|"), nameof(string.Contains)));
        }

        return targets;
    }

    /// <summary>The targets of all three filters, the units by region (targets no task brings: population, history).</summary>
    public IQueryable<Target> RegionalTargets(IQueryable<Target> targets)
    {
        targets = Targets(targets);
        if (Request.UnitIds.Count > 0)
        {
            targets = targets.Where(AnyOf(t => t.RegionCode, RegionPrefixes, nameof(string.StartsWith)));
        }

        return targets;
    }

    private static Expression<Func<Target, bool>> AnyOf(Expression<Func<Target, string>> member, IEnumerable<string> values, string method)
    {
        var test = typeof(string).GetMethod(method, [typeof(string)])!;
        Expression? body = null;
        foreach (var value in values)
        {
            Expression call = Expression.Call(member.Body, test, Expression.Constant(value));
            body = body is null ? call : Expression.OrElse(body, call);
        }

        return Expression.Lambda<Func<Target, bool>>(body ?? Expression.Constant(false), member.Parameters[0]);
    }
}
