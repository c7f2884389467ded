using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Common;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Domain.Publication;

/// <summary>
/// One published result (一公开): one row per task × target × item, copied from the inspection record when the task is
/// published — only what the public sees (target, item, result category, dates, the authority), never findings, evidence
/// or anything about the inspectors. Searched by the public (by code, by task, by name, newest first). An approved
/// correction rewrites the target's rows and sets <see cref="CorrectedOn"/>. Not audited row by row
/// (<see cref="IAuditedThroughOwner"/>): the <see cref="TaskPublication"/> carries their count and SHA-256.
/// </summary>
public sealed class PublishedResult : Entity, ITaskOwned, IAuditedThroughOwner
{
    public const int TaskNameMaxLength = 200;
    public const int TargetCodeMaxLength = 64;
    public const int TargetNameMaxLength = 200;
    public const int ItemNameMaxLength = 200;
    public const int CategoryCodeMaxLength = 32;
    public const int CategoryNameZhMaxLength = 100;
    public const int CategoryNameEnMaxLength = 200;
    public const int AuthorityMaxLength = 300;

    private PublishedResult()
    {
    }

    public Guid TaskId { get; private set; }

    public string TaskName { get; private set; } = string.Empty;

    /// <summary>The task's year.</summary>
    public int Year { get; private set; }

    public string TargetCode { get; private set; } = string.Empty;

    public string TargetName { get; private set; } = string.Empty;

    public TargetKind TargetKind { get; private set; }

    public Guid ItemId { get; private set; }

    public string ItemName { get; private set; } = string.Empty;

    public string ResultCategoryCode { get; private set; } = string.Empty;

    /// <summary>The category's Chinese name when published (as the national publicity system shows it).</summary>
    public string ResultCategoryNameZh { get; private set; } = string.Empty;

    public string ResultCategoryNameEn { get; private set; } = string.Empty;

    /// <summary>The Asia/Shanghai date the inspection finished.</summary>
    public DateOnly InspectedOn { get; private set; }

    /// <summary>The Asia/Shanghai date of publication.</summary>
    public DateOnly PublishedOn { get; private set; }

    /// <summary>检查实施机关 — who carried out the inspection, by name.</summary>
    public string Authority { get; private set; } = string.Empty;

    /// <summary>The Asia/Shanghai date an approved correction last changed the row; null when never.</summary>
    public DateOnly? CorrectedOn { get; private set; }

    Guid ITaskOwned.OwningTaskId => TaskId;

    public static PublishedResult Create(PublishedResultFacts facts, DateOnly publishedOn, DateOnly? correctedOn)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new()
        {
            TaskId = facts.TaskId, TaskName = facts.TaskName, Year = facts.Year, TargetCode = facts.TargetCode,
            TargetName = facts.TargetName, TargetKind = facts.TargetKind, ItemId = facts.ItemId, ItemName = facts.ItemName,
            ResultCategoryCode = facts.ResultCategoryCode, ResultCategoryNameZh = facts.ResultCategoryNameZh,
            ResultCategoryNameEn = facts.ResultCategoryNameEn, InspectedOn = facts.InspectedOn, Authority = facts.Authority,
            PublishedOn = publishedOn, CorrectedOn = correctedOn,
        };
    }

    /// <summary>Whether the row already says what <paramref name="facts"/> say (a refresh leaves such a row alone).</summary>
    public bool Says(PublishedResultFacts facts) =>
        facts is not null && TaskName == facts.TaskName && Year == facts.Year && TargetName == facts.TargetName
        && TargetKind == facts.TargetKind && ItemName == facts.ItemName && ResultCategoryCode == facts.ResultCategoryCode
        && ResultCategoryNameZh == facts.ResultCategoryNameZh && ResultCategoryNameEn == facts.ResultCategoryNameEn
        && InspectedOn == facts.InspectedOn && Authority == facts.Authority;

    /// <summary>An approved correction changed the result: the row takes the new facts and the correction's date.</summary>
    public void Correct(PublishedResultFacts facts, DateOnly correctedOn)
    {
        ArgumentNullException.ThrowIfNull(facts);
        TaskName = facts.TaskName;
        Year = facts.Year;
        TargetName = facts.TargetName;
        TargetKind = facts.TargetKind;
        ItemName = facts.ItemName;
        ResultCategoryCode = facts.ResultCategoryCode;
        ResultCategoryNameZh = facts.ResultCategoryNameZh;
        ResultCategoryNameEn = facts.ResultCategoryNameEn;
        InspectedOn = facts.InspectedOn;
        Authority = facts.Authority;
        CorrectedOn = correctedOn;
    }
}
