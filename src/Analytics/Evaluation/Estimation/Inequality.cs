namespace DoubleRandom.Analytics.Evaluation.Estimation;

/// <summary>Inequality of a distribution of non-negative amounts (officers' workloads).</summary>
public static class Inequality
{
    /// <summary>The Gini coefficient in [0, 1) (0 = equal; null for no values or a zero total).</summary>
    public static double? Gini(IReadOnlyList<double> values) => throw new NotImplementedException("i17-estimators");
}
