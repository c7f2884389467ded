namespace DoubleRandom.Analytics.Evaluation.Estimation;

/// <summary>Pearson's χ² goodness-of-fit test and the χ² upper tail (regularised incomplete gamma).</summary>
public static class ChiSquare
{
    /// <summary>
    /// Pearson's statistic Σ(O−E)²/E over the cells, its degrees of freedom (cells − 1 − <paramref name="constraints"/>
    /// beyond the total; at least 1) and the p-value. Callers merge cells with E &lt; 5 first (<see cref="MergeSmallCells"/>).
    /// </summary>
    public static (double Statistic, int DegreesOfFreedom, double PValue) GoodnessOfFit(
        IReadOnlyList<double> observed, IReadOnlyList<double> expected, int constraints = 0) =>
        throw new NotImplementedException("i17-estimators");

    /// <summary>P(X ≥ x) for X ~ χ²(df).</summary>
    public static double UpperTail(double x, int degreesOfFreedom) => throw new NotImplementedException("i17-estimators");

    /// <summary>Merges neighbouring cells (in order) until every expected count is at least <paramref name="minimumExpected"/>; answers the index ranges merged.</summary>
    public static IReadOnlyList<Range> MergeSmallCells(IReadOnlyList<double> expected, double minimumExpected = 5) =>
        throw new NotImplementedException("i17-estimators");
}
