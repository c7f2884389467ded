using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections;

/// <summary>
/// One past result of one item at one visit (history from another system or the demo simulation):
/// <c>inclusionProbability</c> is λ of the draw that chose the target (null: unknown), <c>stratum</c> where it was drawn.
/// </summary>
public sealed record InspectionOutcomeDto(
    Guid Id, string TargetCode, DateOnly InspectedOn, int Year, string TaskName, string ItemCode, string ItemName, string ResultCategoryCode,
    bool IndicatesProblem, double? InclusionProbability, string? Stratum, InspectionOutcomeSource Source, Guid BatchId);
