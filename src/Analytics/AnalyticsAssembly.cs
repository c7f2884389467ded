namespace DoubleRandom.Analytics;

/// <summary>
/// Anchor of the analytics layer (risk scoring with ML.NET, evaluation reports). It implements
/// Application's interfaces and is composed by the host; architecture tests use this type to find it.
/// </summary>
public static class AnalyticsAssembly;
