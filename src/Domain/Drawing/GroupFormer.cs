namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// DR1 §7: leaders in leader order, then three passes over the groups filling required
/// departments, certified officers and head count from the member order.
/// </summary>
internal static class GroupFormer
{
    /// <summary>The groups, or null with the first unmet need when the officers do not suffice.</summary>
    public static List<DrawnGroup>? Form(
        IReadOnlyList<OfficerLeaf> officers, Dr1Parameters parameters, KeyedHash seed, out string? unmetNeed)
    {
        unmetNeed = null;
        var g = parameters.Groups;
        var leaders = Ordered(officers.Where(o => o.Leader), "L|", seed);
        if (leaders.Count < g)
        {
            unmetNeed = $"only {leaders.Count} leader-eligible officers for {g} groups";
            return null;
        }

        var chosen = leaders.Take(g).ToList();
        var chosenIds = chosen.Select(o => o.OfficerId).ToHashSet(StringComparer.Ordinal);
        var pool = Ordered(officers.Where(o => !chosenIds.Contains(o.OfficerId)), "M|", seed);
        var used = new bool[pool.Count];
        var groups = chosen.Select(leader => new List<OfficerLeaf> { leader }).ToList();
        var m = parameters.OfficersPerGroup;

        for (var i = 0; i < g && unmetNeed is null; i++)
        {
            foreach (var department in parameters.RequiredDepartments)
            {
                if (groups[i].Exists(o => string.Equals(o.Department, department, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (groups[i].Count >= m || !Take(pool, used, groups[i], o => string.Equals(o.Department, department, StringComparison.Ordinal)))
                {
                    unmetNeed = $"group {i + 1} lacks an officer of department {department}";
                    break;
                }
            }
        }

        for (var i = 0; i < g && unmetNeed is null; i++)
        {
            while (groups[i].Count(o => o.Certified) < parameters.MinCertifiedPerGroup && groups[i].Count < m
                && Take(pool, used, groups[i], o => o.Certified))
            {
            }

            if (groups[i].Count(o => o.Certified) < parameters.MinCertifiedPerGroup)
            {
                unmetNeed = $"group {i + 1} has fewer than {parameters.MinCertifiedPerGroup} certified officers";
            }
        }

        for (var i = 0; i < g && unmetNeed is null; i++)
        {
            while (groups[i].Count < m && Take(pool, used, groups[i], _ => true))
            {
            }

            if (groups[i].Count < m)
            {
                unmetNeed = $"group {i + 1} has fewer than {m} officers";
            }
        }

        return unmetNeed is null
            ? [.. groups.Select((people, i) => new DrawnGroup(i + 1, people[0].OfficerId, [.. people.Skip(1).Select(o => o.OfficerId)]))]
            : null;
    }

    /// <summary>Officers by (u(prefix + id), id): the order every pick walks.</summary>
    private static List<OfficerLeaf> Ordered(IEnumerable<OfficerLeaf> officers, string prefix, KeyedHash seed)
    {
        var list = officers.ToList();
        var u = Uniforms.Uniform(seed, [.. list.Select(o => prefix + o.OfficerId)]);
        return
        [
            .. list.Select((o, i) => (Officer: o, U: u[i]))
                .OrderBy(x => x.U)
                .ThenBy(x => x.Officer.OfficerId, StringComparer.Ordinal)
                .Select(x => x.Officer),
        ];
    }

    private static bool Take(List<OfficerLeaf> pool, bool[] used, List<OfficerLeaf> group, Predicate<OfficerLeaf> need)
    {
        for (var p = 0; p < pool.Count; p++)
        {
            if (!used[p] && need(pool[p]))
            {
                used[p] = true;
                group.Add(pool[p]);
                return true;
            }
        }

        return false;
    }
}
