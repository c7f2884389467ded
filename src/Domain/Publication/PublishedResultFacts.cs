using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Domain.Publication;

/// <summary>What one published row says about one target × item of a task (built from the inspection record's current content).</summary>
public sealed record PublishedResultFacts(
    Guid TaskId,
    string TaskName,
    int Year,
    string TargetCode,
    string TargetName,
    TargetKind TargetKind,
    Guid ItemId,
    string ItemName,
    string ResultCategoryCode,
    string ResultCategoryNameZh,
    string ResultCategoryNameEn,
    DateOnly InspectedOn,
    string Authority);
