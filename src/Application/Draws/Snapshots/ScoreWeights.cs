using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Application.Draws.Snapshots;

/// <summary>
/// Score mode (#16, ADR 0031): within each stratum a target's DR1 weight is an integer 1..1,000,000 proportional to
/// α·m + (1−α)·p, where p is its model score, m the mean score of the stratum's scored targets (an unscored target takes
/// m) and α the uniform share. Then Σw = N·m and w ≥ α·m, so λ = n·w/Σw ≥ α·n/N (take-all only raises the others' λ).
/// The integers keep that bound: the uniform part is rounded up, the score part down, and the bound is checked exactly
/// in integers (N·10000·min W ≥ α_bp·Σ W), raising the uniform part until it holds.
/// </summary>
public static class ScoreWeights
{
    public const int MaxWeight = 1_000_000;

    public static void Apply(TargetLeaf[] leaves, ReadOnlySpan<double> scores, int uniformShareBp)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var strata = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < leaves.Length; i++)
        {
            if (!strata.TryGetValue(leaves[i].Stratum, out var members))
            {
                strata[leaves[i].Stratum] = members = [];
            }

            members.Add(i);
        }

        foreach (var members in strata.Values)
        {
            Stratum(leaves, scores, members, uniformShareBp);
        }
    }

    /// <summary>The weights of one stratum's scores (NaN = unscored), as <see cref="Apply"/> sets them.</summary>
    public static int[] Of(IReadOnlyList<double> scores, int uniformShareBp)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var leaves = scores.Select((_, i) => new TargetLeaf("t" + i, "h", 1)).ToArray();
        Apply(leaves, scores.ToArray(), uniformShareBp);
        return [.. leaves.Select(l => l.Weight)];
    }

    private static void Stratum(TargetLeaf[] leaves, ReadOnlySpan<double> scores, List<int> members, int uniformShareBp)
    {
        double sum = 0, max = 0;
        var scored = 0;
        foreach (var i in members)
        {
            if (!double.IsNaN(scores[i]))
            {
                sum += scores[i];
                max = Math.Max(max, scores[i]);
                scored++;
            }
        }

        var mean = scored > 0 ? sum / scored : 0;
        if (mean <= 0)
        {
            // No score to go by (none scored, or all zero): every target of the stratum weighs the same.
            foreach (var i in members)
            {
                leaves[i] = leaves[i] with { Weight = 1 };
            }

            return;
        }

        var alpha = uniformShareBp / 10_000.0;
        var scale = (MaxWeight - 1) / (alpha * mean + (1 - alpha) * max);
        long uniform = alpha > 0 ? Math.Max(1, (long)Math.Ceiling(scale * alpha * mean)) : 0;
        var weights = new int[members.Count];
        while (true)
        {
            long total = 0, min = long.MaxValue;
            for (var k = 0; k < members.Count; k++)
            {
                var p = double.IsNaN(scores[members[k]]) ? mean : scores[members[k]];
                var w = Math.Clamp(uniform + (long)Math.Floor(scale * (1 - alpha) * p), 1, MaxWeight);
                weights[k] = (int)w;
                total += w;
                min = Math.Min(min, w);
            }

            // λ_min = n·min/Σw ≥ α·n/N ⇔ N·10000·min ≥ α_bp·Σw (exact in 64-bit: Σw ≤ 10^13).
            if (members.Count * 10_000L * min >= uniformShareBp * total || uniform >= MaxWeight)
            {
                break;
            }

            uniform++;
        }

        for (var k = 0; k < members.Count; k++)
        {
            leaves[members[k]] = leaves[members[k]] with { Weight = weights[k] };
        }
    }
}
