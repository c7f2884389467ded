namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>
/// Bins of λ for the goodness of fit: powers of two, bin k = [2^−(k+1), 2^−k) for k = 0..<see cref="Bins"/>−2 and the last
/// bin [0, 2^−(Bins−1)) — scale-free, so a stratum of a million with λ ≈ 0.001 and a small one with λ ≈ 0.4 both get bins
/// of their own; the builder merges small cells. Take-all units (λ = 1) and never-drawn ones (λ = 0) are left out.
/// </summary>
internal sealed class LambdaBinning
{
    public const int Bins = 24;

    private readonly long[] _units = new long[Bins];
    private readonly double[] _expected = new double[Bins];
    private readonly long[] _observed = new long[Bins];

    public static bool Counts(double lambda) => lambda is > 0 and < 1;

    public void AddUnit(double lambda)
    {
        if (Counts(lambda))
        {
            var k = Bin(lambda);
            _units[k]++;
            _expected[k] += lambda;
        }
    }

    public void AddSelection(double lambda)
    {
        if (Counts(lambda))
        {
            _observed[Bin(lambda)]++;
        }
    }

    /// <summary>The bins that hold a unit, by λ ascending.</summary>
    public List<LambdaBinFact> Facts()
    {
        var facts = new List<LambdaBinFact>();
        for (var k = Bins - 1; k >= 0; k--)
        {
            if (_units[k] > 0 || _observed[k] > 0)
            {
                facts.Add(new LambdaBinFact(k == Bins - 1 ? 0 : Math.ScaleB(1.0, -(k + 1)), Math.ScaleB(1.0, -k), _units[k], _expected[k], _observed[k]));
            }
        }

        return facts;
    }

    private static int Bin(double lambda) => Math.Min(Bins - 1, -Math.ILogB(lambda) - 1);
}
