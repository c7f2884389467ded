namespace DoubleRandom.Application.Inspections.Records;

/// <summary>The result of one item: its category code, findings, legal basis and rectification deadline.</summary>
public sealed record ItemResultDto(
    Guid ItemId, string ItemName, string ResultCategoryCode, string? Findings, string? LegalBasis, DateOnly? RectificationDeadline);
