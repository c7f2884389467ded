namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>One key of a dimension: population, drawn, inspected and their shares of the population.</summary>
public sealed record CoverageRow(string Dimension, string Key, string Label, long Population, long Drawn, long Inspected, double? DrawnShare, double? InspectedShare);
