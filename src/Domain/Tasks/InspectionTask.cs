using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Tasks;

/// <summary>
/// 抽查任务 (§4.1, §5.2). Its settings are frozen from the first prepare on: a published commitment
/// was computed from them, so changing them would make the draw unverifiable.
/// </summary>
public sealed class InspectionTask : Entity, ITaskOwned
{
    public const int NameMaxLength = 200;

    private InspectionTask()
    {
    }

    public int Year { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public TaskSettings Settings { get; private set; } = null!;

    public InspectionTaskStatus Status { get; private set; }

    /// <summary>Set at the first prepare; from then on the settings cannot change.</summary>
    public bool IsFrozen { get; private set; }

    public Guid? CurrentDrawId { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>The task this one was copied from, when it was.</summary>
    public Guid? CopiedFromId { get; private set; }

    /// <summary>When the electronic archive of the task was built (§3.1.3, §6.3.2); from then on the task is read-only.</summary>
    public DateTime? ArchivedAtUtc { get; private set; }

    /// <summary>The login of who archived the task.</summary>
    public string? ArchivedBy { get; private set; }

    public bool IsArchived => ArchivedAtUtc is not null;

    Guid ITaskOwned.OwningTaskId => Id;

    public static InspectionTask Create(int year, string name, TaskSettings settings, Guid? copiedFrom = null) =>
        new() { Year = year, Name = name, Settings = settings, Status = InspectionTaskStatus.Draft, CopiedFromId = copiedFrom };

    public void Update(int year, string name, TaskSettings settings)
    {
        EnsureNotArchived();
        EnsureNotFrozen();
        Year = year;
        Name = name;
        Settings = settings;
    }

    public void EnsureNotFrozen() =>
        Rule.Check(!IsFrozen, RuleCodes.TaskFrozen);

    public void DrawPrepared(Guid drawId)
    {
        EnsureNotArchived();
        Rule.Check(Status == InspectionTaskStatus.Draft, RuleCodes.TaskNotDraft);
        IsFrozen = true;
        Status = InspectionTaskStatus.Prepared;
        CurrentDrawId = drawId;
    }

    /// <summary>A sealed draw makes the task drawn; a failed one lets a new draw be prepared (new s, new C).</summary>
    public void DrawFinished(bool succeeded) => Status = succeeded ? InspectionTaskStatus.Drawn : InspectionTaskStatus.Draft;

    public void Close(DateTime utcNow)
    {
        EnsureNotArchived();
        Rule.Check(Status == InspectionTaskStatus.Drawn, RuleCodes.TaskNotDrawn);
        Status = InspectionTaskStatus.Closed;
        ClosedAtUtc = utcNow;
    }

    /// <summary>
    /// Archives a closed, published task (ADR 0026): a task is archived once (409 <c>already-archived</c>) and only when
    /// its inspection is over (409 <c>archive-task-not-closed</c>) and its results are published (一公开; 409
    /// <c>archive-task-not-published</c>; see <see cref="CanBeArchived"/>). The caller says whether it is published
    /// (the publication is another aggregate).
    /// </summary>
    public void Archive(string by, DateTime utcNow, bool published)
    {
        EnsureArchivable(published);
        ArchivedAtUtc = utcNow;
        ArchivedBy = by;
    }

    /// <summary>The checks of <see cref="Archive"/> alone: made before the archive is built, so a refused request builds nothing.</summary>
    public void EnsureArchivable(bool published)
    {
        Rule.Check(!IsArchived, RuleCodes.TaskAlreadyArchived);
        Rule.Check(Status == InspectionTaskStatus.Closed, RuleCodes.ArchiveTaskNotClosed);
        Rule.Check(CanBeArchived(published), RuleCodes.ArchiveTaskNotPublished);
    }

    /// <summary>
    /// What the archive waits for: the task is closed (its draws revealed) and its results are published (一公开), so the
    /// archive holds the publication too — one place to change.
    /// </summary>
    public bool CanBeArchived(bool published) => Status == InspectionTaskStatus.Closed && published;

    /// <summary>An archived task is read-only (409 <c>task-archived</c>); the save guard says the same for its records.</summary>
    public void EnsureNotArchived() => Rule.Check(!IsArchived, RuleCodes.TaskArchived);
}
