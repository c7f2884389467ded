using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Tasks;

/// <summary>Draft → Prepared (a draw is committed) → Drawn (sealed) → Closed (revealed). A failed draw returns to Prepared-able.</summary>
public enum InspectionTaskStatus
{
    Draft,
    Prepared,
    Drawn,
    Closed,
}

/// <summary>
/// 抽查任务 (§4.1, §5.2). Its settings are frozen from the first prepare on: a published commitment
/// was computed from them, so changing them would make the draw unverifiable.
/// </summary>
public sealed class InspectionTask : Entity
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

    public static InspectionTask Create(int year, string name, TaskSettings settings, Guid? copiedFrom = null) =>
        new() { Year = year, Name = name, Settings = settings, Status = InspectionTaskStatus.Draft, CopiedFromId = copiedFrom };

    public void Update(int year, string name, TaskSettings settings)
    {
        EnsureNotFrozen();
        Year = year;
        Name = name;
        Settings = settings;
    }

    public void EnsureNotFrozen() =>
        Rule.Check(!IsFrozen, "task-frozen", "A draw has been prepared for this task; its settings can no longer change.");

    public void DrawPrepared(Guid drawId)
    {
        Rule.Check(Status == InspectionTaskStatus.Draft, "task-not-draft",
            "The task already has a prepared or sealed draw; a new draw is only possible after a failed one.");
        IsFrozen = true;
        Status = InspectionTaskStatus.Prepared;
        CurrentDrawId = drawId;
    }

    /// <summary>A sealed draw makes the task drawn; a failed one lets a new draw be prepared (new s, new C).</summary>
    public void DrawFinished(bool succeeded) => Status = succeeded ? InspectionTaskStatus.Drawn : InspectionTaskStatus.Draft;

    public void Close(DateTime utcNow)
    {
        Rule.Check(Status == InspectionTaskStatus.Drawn, "task-not-drawn", "Only a task with a sealed draw can be closed.");
        Status = InspectionTaskStatus.Closed;
        ClosedAtUtc = utcNow;
    }
}
