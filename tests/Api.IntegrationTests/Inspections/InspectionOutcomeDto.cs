namespace DoubleRandom.Api.IntegrationTests.Inspections;

public sealed record InspectionOutcomeDto(
    Guid Id, string TargetCode, DateOnly InspectedOn, int Year, string TaskName, string ItemCode, string ItemName, string ResultCategoryCode,
    bool IndicatesProblem, double? InclusionProbability, string? Stratum, string Source, Guid BatchId);
