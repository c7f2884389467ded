namespace DoubleRandom.Analytics.Tests.Evaluation.Estimation;

/// <summary>
/// A finite population with a known problem rate, drawn by DR1's Pareto πps order sampling per stratum
/// (docs/dr1-protocol.md §6): take-all while n'·w ≥ W (λ = 1), then λ = n'·w/W, Q = (u/(1 − u))/(λ/(1 − λ)) and the n'
/// smallest Q. Weights are correlated with y, so the naive hit rate of a sample overstates the population's rate.
/// </summary>
public sealed class SyntheticPopulation
{
    private readonly Stratum[] _strata;

    private SyntheticPopulation(Stratum[] strata) => _strata = strata;

    /// <summary>Units in the population.</summary>
    public int Size => _strata.Sum(s => s.Weights.Length);

    /// <summary>The population's true problem rate.</summary>
    public double Truth => _strata.Sum(s => s.Y.Sum()) / Size;

    /// <summary>
    /// Strata of the given sizes and sample sizes; weights 1–10 (uniform), y ~ Bernoulli(0.03 + 0.05·w) drawn once;
    /// the first stratum's first unit gets weight 1,000 and y = 1 (a take-all unit).
    /// </summary>
    public static SyntheticPopulation Create(int seed, IReadOnlyList<(int Size, int SampleSize)> strata)
    {
        var random = new Random(seed);
        var built = new Stratum[strata.Count];
        for (var h = 0; h < strata.Count; h++)
        {
            var (size, sampleSize) = strata[h];
            var weights = new long[size];
            var y = new double[size];
            for (var i = 0; i < size; i++)
            {
                var r = random.NextDouble();
                weights[i] = 1 + (long)(10 * r);
                y[i] = random.NextDouble() < 0.03 + 0.05 * weights[i] ? 1 : 0;
            }

            if (h == 0)
            {
                weights[0] = 1_000;
                y[0] = 1;
            }

            built[h] = new Stratum($"s{h}", weights, y, sampleSize);
        }

        return new SyntheticPopulation(built);
    }

    /// <summary>One draw: every stratum's selected units with their λ and y.</summary>
    public List<(string Stratum, double Lambda, double Y)> Draw(Random random)
    {
        var sample = new List<(string, double, double)>();
        foreach (var stratum in _strata)
        {
            var lambdas = Lambdas(stratum, out var remaining);
            var keys = new List<(double Q, int Index)>(lambdas.Length);
            for (var i = 0; i < lambdas.Length; i++)
            {
                if (lambdas[i] >= 1)
                {
                    sample.Add((stratum.Name, 1, stratum.Y[i]));
                    continue;
                }

                var u = random.NextDouble();
                keys.Add((u / (1 - u) / (lambdas[i] / (1 - lambdas[i])), i));
            }

            keys.Sort();
            foreach (var (_, index) in keys.Take(remaining))
                sample.Add((stratum.Name, lambdas[index], stratum.Y[index]));
        }

        return sample;
    }

    /// <summary>Take-all units get λ = 1; the rest λ = n'·w/W of what remains; <paramref name="remaining"/> is n'.</summary>
    private static double[] Lambdas(Stratum stratum, out int remaining)
    {
        if (stratum.Lambdas is { } cached)
        {
            remaining = stratum.Remaining;
            return cached;
        }

        var lambdas = new double[stratum.Weights.Length];
        var total = stratum.Weights.Sum();
        remaining = stratum.SampleSize;
        while (remaining > 0)
        {
            var n = remaining;
            var w = total;
            var takeAll = Enumerable.Range(0, lambdas.Length).Where(i => lambdas[i] < 1 && n * stratum.Weights[i] >= w).ToList();
            if (takeAll.Count == 0)
                break;
            foreach (var i in takeAll)
            {
                lambdas[i] = 1;
                total -= stratum.Weights[i];
            }

            remaining -= takeAll.Count;
        }

        for (var i = 0; i < lambdas.Length; i++)
        {
            if (lambdas[i] < 1)
                lambdas[i] = (double)(remaining * stratum.Weights[i]) / total;
        }

        stratum.Lambdas = lambdas;
        stratum.Remaining = remaining;
        return lambdas;
    }

    private sealed class Stratum(string name, long[] weights, double[] y, int sampleSize)
    {
        public string Name { get; } = name;
        public long[] Weights { get; } = weights;
        public double[] Y { get; } = y;
        public int SampleSize { get; } = sampleSize;
        public double[]? Lambdas { get; set; }
        public int Remaining { get; set; }
    }
}
