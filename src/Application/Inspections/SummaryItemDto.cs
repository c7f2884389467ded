namespace DoubleRandom.Application.Inspections;

/// <summary>One item's result in the summary: the category by code and name, the findings and the rectification deadline.</summary>
public sealed record SummaryItemDto(
    Guid ItemId,
    string ItemName,
    string ResultCategoryCode,
    string ResultCategoryName,
    bool IndicatesProblem,
    string? Findings,
    string? LegalBasis,
    DateOnly? RectificationDeadline);
