using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Analytics.Evaluation.Estimation;

/// <summary>
/// Design-based estimators of a rate for DR1's stratified Pareto πps samples without replacement (π ≈ λ): the
/// Horvitz–Thompson and Hájek estimators, with the Hájek–Rosén variance approximation per stratum (no joint inclusion
/// probabilities needed; take-all units with λ = 1 add none), strata independent. See docs/evaluation-report.md §3.
/// </summary>
public static class DesignEstimator
{
    /// <summary>The normal quantile of a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>λ at or above this is a take-all unit (λ = 1 up to rounding).</summary>
    private const double TakeAll = 1 - 1e-12;

    /// <summary>
    /// The rate of the domain (units with <see cref="SurveyUnit.InDomain"/>) estimated from <paramref name="sample"/>.
    /// <paramref name="populationSize"/> is the domain's known size N for Horvitz–Thompson (Σ y/λ over N); null gives no
    /// Horvitz–Thompson figure. Hájek is (Σ y/λ)/(Σ 1/λ) with the linearised variance.
    /// </summary>
    public static RateEstimate EstimateRate(IReadOnlyList<SurveyUnit> sample, long? populationSize)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (populationSize is <= 0)
            throw new ArgumentOutOfRangeException(nameof(populationSize), populationSize, "The population size must be positive.");

        long n = 0;
        double sum = 0, total = 0, estimatedPopulation = 0;
        foreach (var unit in sample)
        {
            if (!(unit.Lambda > 0 && unit.Lambda <= 1))
                throw new ArgumentOutOfRangeException(nameof(sample), unit.Lambda, "Every λ must lie in (0, 1].");
            if (!unit.InDomain)
                continue;
            n++;
            sum += unit.Y;
            total += unit.Y / unit.Lambda;
            estimatedPopulation += 1 / unit.Lambda;
        }

        if (n == 0)
            return new RateEstimate(0, 0, null, null, null, 0, false);

        var strata = Strata(sample);
        var incomplete = strata.Any(s => s.Incomplete);

        ConfidenceInterval? horvitzThompson = null;
        if (populationSize is { } size)
        {
            var variance = strata.Sum(s => Variance(s.Units, u => u.InDomain ? u.Y / size : 0));
            horvitzThompson = Interval(total / size, variance);
        }

        var ratio = total / estimatedPopulation;
        var hajekVariance = strata.Sum(s => Variance(s.Units, u => u.InDomain ? (u.Y - ratio) / estimatedPopulation : 0));
        var hajek = Interval(ratio, hajekVariance);

        return new RateEstimate(n, sum, sum / n, horvitzThompson, hajek, estimatedPopulation, incomplete);
    }

    /// <summary>
    /// The Hájek–Rosén variance of Σ e/λ over one stratum: n/(n−1) Σ c_i (e_i/λ_i − B)², c_i = 1 − λ_i,
    /// B = Σ c_i e_i/λ_i / Σ c_i, over the n units with λ &lt; 1 (take-all units add nothing); 0 when n &lt; 2.
    /// </summary>
    public static double HajekRosenVariance(IReadOnlyList<(double Lambda, double E)> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        int n = 0;
        double sumC = 0, sumCz = 0;
        foreach (var (lambda, e) in units)
        {
            if (lambda >= TakeAll)
                continue;
            n++;
            sumC += 1 - lambda;
            sumCz += (1 - lambda) * e / lambda;
        }

        if (n < 2)
            return 0;
        var b = sumCz / sumC;
        double sum = 0;
        foreach (var (lambda, e) in units)
        {
            if (lambda >= TakeAll)
                continue;
            var d = e / lambda - b;
            sum += (1 - lambda) * d * d;
        }

        return n / (n - 1.0) * sum;
    }

    private static double Variance(IReadOnlyList<SurveyUnit> units, Func<SurveyUnit, double> e) =>
        HajekRosenVariance(units.Select(u => (u.Lambda, e(u))).ToList());

    private static ConfidenceInterval Interval(double estimate, double variance)
    {
        var se = Math.Sqrt(Math.Max(variance, 0));
        return new ConfidenceInterval(
            estimate, se, Math.Clamp(estimate - Z95 * se, 0, 1), Math.Clamp(estimate + Z95 * se, 0, 1));
    }

    /// <summary>
    /// The sample's design strata in order of first appearance; a stratum is incomplete when it holds exactly one unit
    /// with λ &lt; 1 and some unit of the domain (its variance cannot be estimated and counts as zero).
    /// </summary>
    private static List<(IReadOnlyList<SurveyUnit> Units, bool Incomplete)> Strata(IReadOnlyList<SurveyUnit> sample)
    {
        var groups = new Dictionary<string, List<SurveyUnit>>(StringComparer.Ordinal);
        var order = new List<List<SurveyUnit>>();
        foreach (var unit in sample)
        {
            if (!groups.TryGetValue(unit.Stratum, out var list))
            {
                list = [];
                groups.Add(unit.Stratum, list);
                order.Add(list);
            }

            list.Add(unit);
        }

        return order
            .Select(units => ((IReadOnlyList<SurveyUnit>)units,
                units.Count(u => u.Lambda < TakeAll) == 1 && units.Any(u => u.InDomain)))
            .ToList();
    }
}
