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

    Guid ITaskOwned.OwningTaskId => TaskId;

    /// <summary>The Asia/Shanghai date of <see cref="PublishedAtUtc"/>.</summary>
    public DateOnly PublishedOn => PublicationDates.ShanghaiDate(PublishedAtUtc);

    /// <summary>Published after the deadline.</summary>
    public bool IsLate => PublishedOn > DeadlineOn;

    public static TaskPublication Create(
        Guid taskId, DateOnly completedOn, DateOnly deadlineOn, DateTime publishedAtUtc, string publishedBy, int resultCount,
        IEnumerable<int>? calendarMissingYears = null) =>
        new()
        {
            TaskId = taskId, CompletedOn = completedOn, DeadlineOn = deadlineOn, PublishedAtUtc = publishedAtUtc,
            PublishedBy = publishedBy, ResultCount = resultCount, CalendarMissingYears = [.. calendarMissingYears ?? []],
        };

    /// <summary>A correction refreshed the rows of one target: the count follows.</summary>
    public void Recount(int resultCount) => ResultCount = resultCount;
}
