namespace DoubleRandom.Domain.Inspections;

/// <summary>
/// The result of one inspection item of the task for one target: a result category (reference data), what was found,
/// the legal basis applied and, when something must be put right, by when.
/// </summary>
public sealed record ItemResult(
    Guid ItemId,
    string ItemName,
    string ResultCategoryCode,
    string? Findings,
    string? LegalBasis,
    DateOnly? RectificationDeadline)
{
    public const int FindingsMaxLength = 4000;
    public const int LegalBasisMaxLength = 2000;
}
