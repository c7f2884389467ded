namespace DoubleRandom.Application.Inspections.Records;

/// <summary>The result of one item of the task as the client sends it.</summary>
public sealed record RecordItemInput(Guid? ItemId, string? ResultCategoryCode, string? Findings, string? LegalBasis, DateOnly? RectificationDeadline);
