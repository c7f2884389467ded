namespace DoubleRandom.Application.PublicResults;

/// <summary>
/// One published result as anyone may read it (一公开): the target, the item, the result category in Chinese and English,
/// the dates, the task and the inspecting authority, and whether an approved correction changed it. Nothing about
/// findings, evidence or the inspectors; no internal id but the task's.
/// </summary>
public sealed record PublicResultDto(
    string TargetName,
    string TargetCode,
    string ItemName,
    string ResultCategoryCode,
    string ResultCategoryNameZh,
    string ResultCategoryNameEn,
    DateOnly InspectedOn,
    DateOnly PublishedOn,
    Guid TaskId,
    string TaskName,
    int Year,
    string Authority,
    bool Corrected,
    DateOnly? CorrectedOn);
