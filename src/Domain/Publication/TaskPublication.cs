using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Publication;

/// <summary>
/// 一公开 — a task's results were published: when its inspection was completed (the Asia/Shanghai date the task was
/// closed), the deadline (the 20th working day after that date), when and by whom it was published and how many result
/// rows went public. One per task; published once (a later approved correction refreshes the rows, not this record).
/// </summary>
public sealed class TaskPublication : Entity, ITaskOwned
{
    public const int PublishedByMaxLength = 100;
    public const int Sha256Length = 64;

    private TaskPublication()
    {
    }

    public Guid TaskId { get; private set; }

    /// <summary>The task's completion date: the Asia/Shanghai date of its close.</summary>
    public DateOnly CompletedOn { get; private set; }

    /// <summary>The last day to publish: the 20th working day after <see cref="CompletedOn"/>.</summary>
    public DateOnly DeadlineOn { get; private set; }

    public DateTime PublishedAtUtc { get; private set; }

    /// <summary>The user name of who published.</summary>
    public string PublishedBy { get; private set; } = string.Empty;

    /// <summary>How many result rows (target × item) were published.</summary>
    public int ResultCount { get; private set; }

    /// <summary>
    /// The years the deadline was computed without a holiday calendar (weekends only, so it may be a day early): kept with
    /// the publication, which keeps its deadline, so the warning stays after publishing. Empty when none.
    /// </summary>
    public int[] CalendarMissingYears { get; private set; } = [];

    /// <summary>
    /// SHA-256 (lower-case hex) of the rows as published, in canonical order (<see cref="PublishedResultsDigest"/>): the
    /// published rows are not audited one by one, this record's audit entry stands for them.
    /// </summary>
    public string ResultsSha256 { get; private set; } = string.Empty;

    /// <summary>The target whose rows an approved correction last refreshed (audited as a change of this record); null when none.</summary>
    public string? RefreshedTargetCode { get; private set; }

    /// <summary>The Asia/Shanghai date of that refresh; null when none.</summary>
    public DateOnly? RefreshedOn { get; private set; }

    Guid ITaskOwned.OwningTaskId => TaskId;

    /// <summary>The Asia/Shanghai date of <see cref="PublishedAtUtc"/>.</summary>
    public DateOnly PublishedOn => PublicationDates.ShanghaiDate(PublishedAtUtc);

    /// <summary>Published after the deadline.</summary>
    public bool IsLate => PublishedOn > DeadlineOn;

    public static TaskPublication Create(
        Guid taskId, DateOnly completedOn, DateOnly deadlineOn, DateTime publishedAtUtc, string publishedBy, int resultCount,
        string resultsSha256, IEnumerable<int>? calendarMissingYears = null) =>
        new()
        {
            TaskId = taskId, CompletedOn = completedOn, DeadlineOn = deadlineOn, PublishedAtUtc = publishedAtUtc,
            PublishedBy = publishedBy, ResultCount = resultCount, ResultsSha256 = resultsSha256,
            CalendarMissingYears = [.. calendarMissingYears ?? []],
        };

    /// <summary>
    /// An approved correction refreshed the rows of one target: the count follows, and the target and date are recorded,
    /// so the save's audit entry of this record names the refreshed target (the correction is audited on its own).
    /// <see cref="ResultsSha256"/> stays the digest of the rows as published.
    /// </summary>
    public void Refreshed(string targetCode, DateOnly on, int resultCount)
    {
        RefreshedTargetCode = targetCode;
        RefreshedOn = on;
        ResultCount = resultCount;
    }
}
