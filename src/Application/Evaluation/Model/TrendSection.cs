namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>The same figures per sub-period (quarters of a year, months of a shorter period) and per earlier year back to the trend's start.</summary>
public sealed record TrendSection(SectionStatus Status, IReadOnlyList<TrendPoint> Points);
