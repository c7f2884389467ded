namespace DoubleRandom.Analytics.Evaluation.Estimation;

/// <summary>Inequality of a distribution of non-negative amounts (officers' workloads).</summary>
public static class Inequality
{
    /// <summary>
    /// The Gini coefficient in [0, 1) (0 = equal; null for no values or a zero total): with the values sorted ascending
    /// x₁ ≤ … ≤ xₙ, G = Σ (2i − n − 1) xᵢ / (n Σ xᵢ), the mean absolute difference over twice the mean.
    /// </summary>
    public static double? Gini(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Any(v => !(v >= 0) || double.IsInfinity(v)))
            throw new ArgumentOutOfRangeException(nameof(values), "Every amount must be finite and non-negative.");
        var total = values.Sum();
        if (values.Count == 0 || total <= 0)
            return null;
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        double weighted = 0;
        for (var i = 0; i < n; i++)
            weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        return weighted / (n * total);
    }
}
