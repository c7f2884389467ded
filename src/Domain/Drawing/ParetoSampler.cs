using System.Runtime.CompilerServices;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// DR1 §6: Pareto πps order sampling (Rosén 1997) per stratum, after removing take-all units.
/// With equal weights it is exactly simple random sampling; otherwise π_i ≈ λ_i.
/// </summary>
public static class ParetoSampler
{
    /// <summary>
    /// λ_i for every unit of one stratum exactly as a draw records it: 1 for take-all units,
    /// otherwise n'·w_i / W after take-all. Needs no seed.
    /// </summary>
    public static double[] InclusionProbabilities(IReadOnlyList<int> weights, int sampleSize)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var w = weights.ToArray();
        var active = Enumerable.Range(0, w.Length).ToArray();
        var lambda = new double[w.Length];
        var take = TakeAll.Run(w, active, sampleSize);
        foreach (var i in take.Taken)
        {
            lambda[i] = 1.0;
        }

        for (var a = 0; a < take.ActiveCount && take.Remaining > 0; a++)
        {
            lambda[active[a]] = Lambda(take.Remaining, w[active[a]], take.Weight);
        }

        return lambda;
    }

    /// <summary>Draws one stratum; <paramref name="members"/> (target indices) is reordered in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static StratumDraw Draw(TargetTable table, int stratum, int[] members, int sampleSize, KeyedHash seed)
    {
        var weights = table.Weights;
        var take = TakeAll.Run(weights, members, sampleSize);
        var selected = take.Taken.Select(i => new SelectedUnit(i, 1.0, null)).ToList();
        var remaining = take.Remaining;
        if (remaining == 0)
        {
            return new StratumDraw(selected, take.Remaining, take.Weight, null);
        }

        var count = take.ActiveCount;
        var u = new ulong[count];
        TargetUniforms.Compute(table, stratum, seed, members, count, u);
        var candidates = new Candidate[count];
        var total = (double)take.Weight;
        for (var a = 0; a < count; a++)
        {
            var lambda = Lambda(remaining, weights[members[a]], total);
            var ui = Uniforms.ToUnitInterval(u[a]);
            candidates[a] = new Candidate((ui / (1 - ui)) / (lambda / (1 - lambda)), members[a]);
        }

        var k = (int)remaining - 1;
        QuickSelect.Smallest(candidates, k, new CandidateOrder(table.Targets));
        for (var a = 0; a <= k; a++)
        {
            var index = candidates[a].Index;
            selected.Add(new SelectedUnit(index, Lambda(remaining, weights[index], total), candidates[a].Q));
        }

        return new StratumDraw(selected, take.Remaining, take.Weight, candidates[k].Q);
    }

    /// <summary>λ = n'·w / W: one division of two integers exact in binary64.</summary>
    private static double Lambda(long remaining, int weight, double total) => (double)(remaining * weight) / total;

    internal readonly record struct Candidate(double Q, int Index);

    private readonly struct CandidateOrder(TargetLeaf[] targets) : IComparer<Candidate>
    {
        // Q > 0, so the bit patterns order like the values; ties fall to the code (ordinal).
        public int Compare(Candidate x, Candidate y) =>
            x.Q != y.Q ? x.Q.CompareTo(y.Q) : string.CompareOrdinal(targets[x.Index].Code, targets[y.Index].Code);
    }
}
