namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// DR1 §8: selected targets in (u("A|" + code), code) order go round-robin from group k mod G,
/// skipping full groups and groups with a recused officer.
/// </summary>
internal static class TargetAssigner
{
    /// <summary>The group number (1-based) for each code, or 0 when no group can take it.</summary>
    public static int[] Assign(
        IReadOnlyList<string> codes,
        IReadOnlyList<DrawnGroup> groups,
        IReadOnlyList<RecusalLeaf> recusals,
        int targetsPerGroup,
        KeyedHash seed)
    {
        // Only the pairs of selected targets matter (the snapshot may hold hundreds of thousands).
        var selected = codes.ToHashSet(StringComparer.Ordinal);
        var recusedBy = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var recusal in recusals)
        {
            if (!selected.Contains(recusal.Code))
            {
                continue;
            }

            if (!recusedBy.TryGetValue(recusal.Code, out var officers))
            {
                recusedBy[recusal.Code] = officers = new HashSet<string>(StringComparer.Ordinal);
            }

            officers.Add(recusal.OfficerId);
        }

        var people = groups.Select(g => g.MemberIds.Prepend(g.LeaderId).ToArray()).ToArray();
        var u = Uniforms.Uniform(seed, [.. codes.Select(code => "A|" + code)]);
        var order = Enumerable.Range(0, codes.Count)
            .Select(i => (Index: i, U: u[i]))
            .OrderBy(x => x.U)
            .ThenBy(x => codes[x.Index], StringComparer.Ordinal)
            .Select(x => x.Index)
            .ToList();
        var load = new int[groups.Count];
        var assigned = new int[codes.Count];
        for (var k = 0; k < order.Count; k++)
        {
            var target = order[k];
            recusedBy.TryGetValue(codes[target], out var recused);
            for (var j = 0; j < groups.Count; j++)
            {
                var g = (k + j) % groups.Count;
                if (load[g] < targetsPerGroup && (recused is null || !people[g].Any(recused.Contains)))
                {
                    load[g]++;
                    assigned[target] = g + 1;
                    break;
                }
            }
        }

        return assigned;
    }
}
