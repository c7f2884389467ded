namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>Inspections (or items checked) with at least one problem over all.</summary>
public sealed record HitRateRow(string Key, string Label, long Inspections, long WithProblems, double? Rate);
