namespace DoubleRandom.Analytics.Evaluation.Estimation;

/// <summary>
/// Design-based estimators of a rate for DR1's stratified Pareto πps samples without replacement (π ≈ λ): the
/// Horvitz–Thompson and Hájek estimators, with the Hájek–Rosén variance approximation per stratum (no joint inclusion
/// probabilities needed; take-all units with λ = 1 add none), strata independent. See docs/evaluation-report.md §3.
/// </summary>
public static class DesignEstimator
{
    /// <summary>
    /// The rate of the domain (units with <see cref="SurveyUnit.InDomain"/>) estimated from <paramref name="sample"/>.
    /// <paramref name="populationSize"/> is the domain's known size N for Horvitz–Thompson (Σ y/λ over N); null gives no
    /// Horvitz–Thompson figure. Hájek is (Σ y/λ)/(Σ 1/λ) with the linearised variance.
    /// </summary>
    public static RateEstimate EstimateRate(IReadOnlyList<SurveyUnit> sample, long? populationSize) =>
        throw new NotImplementedException("i17-estimators");
}
