namespace DoubleRandom.Domain.Inspections;

/// <summary>The values of one past result; (TargetCode, InspectedOn, ItemCode) identify it.</summary>
public sealed record InspectionOutcomeFields(
    string TargetCode, DateOnly InspectedOn, int Year, string TaskName, string ItemCode, string ItemName, string ResultCategoryCode,
    double? InclusionProbability, string? Stratum);
