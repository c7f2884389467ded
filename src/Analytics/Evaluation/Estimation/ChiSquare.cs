namespace DoubleRandom.Analytics.Evaluation.Estimation;

/// <summary>Pearson's χ² goodness-of-fit test and the χ² upper tail (regularised incomplete gamma).</summary>
public static class ChiSquare
{
    private const double Epsilon = 1e-16;
    private const int MaxIterations = 10_000;

    /// <summary>
    /// Pearson's statistic Σ(O−E)²/E over the cells, its degrees of freedom (cells − 1 − <paramref name="constraints"/>
    /// beyond the total; at least 1) and the p-value. Callers merge cells with E &lt; 5 first (<see cref="MergeSmallCells"/>).
    /// </summary>
    public static (double Statistic, int DegreesOfFreedom, double PValue) GoodnessOfFit(
        IReadOnlyList<double> observed, IReadOnlyList<double> expected, int constraints = 0)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(expected);
        if (observed.Count != expected.Count)
            throw new ArgumentException("Observed and expected need one value per cell.", nameof(expected));
        if (observed.Count == 0)
            throw new ArgumentException("A goodness-of-fit test needs at least one cell.", nameof(observed));
        ArgumentOutOfRangeException.ThrowIfNegative(constraints);

        double statistic = 0;
        for (var i = 0; i < observed.Count; i++)
        {
            if (!(expected[i] > 0) || double.IsInfinity(expected[i]))
                throw new ArgumentOutOfRangeException(nameof(expected), expected[i], "Every expected count must be positive and finite.");
            if (!(observed[i] >= 0) || double.IsInfinity(observed[i]))
                throw new ArgumentOutOfRangeException(nameof(observed), observed[i], "Every observed count must be non-negative and finite.");
            var d = observed[i] - expected[i];
            statistic += d * d / expected[i];
        }

        var df = Math.Max(1, observed.Count - 1 - constraints);
        return (statistic, df, UpperTail(statistic, df));
    }

    /// <summary>P(X ≥ x) for X ~ χ²(df): the regularised upper incomplete gamma Q(df/2, x/2).</summary>
    public static double UpperTail(double x, int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        if (double.IsNaN(x))
            throw new ArgumentOutOfRangeException(nameof(x), x, "The statistic must be a number.");
        if (x <= 0)
            return 1;
        if (double.IsPositiveInfinity(x))
            return 0;
        return RegularizedUpperGamma(degreesOfFreedom / 2.0, x / 2);
    }

    /// <summary>Merges neighbouring cells (in order) until every expected count is at least <paramref name="minimumExpected"/>; answers the index ranges merged.</summary>
    /// <remarks>
    /// Cells are taken left to right into a group until its expected sum reaches the minimum; a last group still short of
    /// it joins the group before. When the total falls short, all cells form one range; no cells give none.
    /// </remarks>
    public static IReadOnlyList<Range> MergeSmallCells(IReadOnlyList<double> expected, double minimumExpected = 5)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var ranges = new List<Range>();
        var start = 0;
        double sum = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            sum += expected[i];
            if (sum >= minimumExpected)
            {
                ranges.Add(start..(i + 1));
                start = i + 1;
                sum = 0;
            }
        }

        if (start < expected.Count)
        {
            if (ranges.Count == 0)
            {
                ranges.Add(0..expected.Count);
            }
            else
            {
                var last = ranges[^1];
                ranges[^1] = last.Start..expected.Count;
            }
        }

        return ranges;
    }

    /// <summary>Q(a, x) = Γ(a, x)/Γ(a): the series of P for x &lt; a + 1, else Legendre's continued fraction (modified Lentz).</summary>
    private static double RegularizedUpperGamma(double a, double x)
    {
        var logPrefix = a * Math.Log(x) - x - LogGamma(a);
        if (x < a + 1)
        {
            // P(a, x) = e^{-x} x^a / Γ(a + 1) · Σ_k x^k / ((a + 1)…(a + k)).
            var term = 1 / a;
            var sum = term;
            for (var k = 1; k < MaxIterations; k++)
            {
                term *= x / (a + k);
                sum += term;
                if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
                    break;
            }

            return Math.Clamp(1 - sum * Math.Exp(logPrefix), 0, 1);
        }

        // Q(a, x) = e^{-x} x^a / Γ(a) · 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − 2·(2 − a)/(x + 5 − a − …))).
        const double tiny = 1e-300;
        var b = x + 1 - a;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < tiny)
                d = tiny;
            c = b + an / c;
            if (Math.Abs(c) < tiny)
                c = tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
                break;
        }

        return Math.Clamp(Math.Exp(logPrefix) * h, 0, 1);
    }

    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(a) for a &gt; 0 (Lanczos, g = 7, n = 9; relative error about 1e-15).</summary>
    private static double LogGamma(double a)
    {
        if (a < 0.5)
            return Math.Log(Math.PI / Math.Sin(Math.PI * a)) - LogGamma(1 - a);
        a -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
            sum += Lanczos[i] / (a + i);
        var t = a + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (a + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}
