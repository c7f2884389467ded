namespace DoubleRandom.Application.Inspections;

/// <summary>Bounds of the summary's inputs.</summary>
public static class SummaryLimits
{
    /// <summary>The largest group number a route may name (a task has far fewer groups; more is a bad request).</summary>
    public const int MaxGroupNumber = 10_000;
}
