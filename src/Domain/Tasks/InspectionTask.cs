using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Tasks;

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
        Rule.Check(!IsFrozen, RuleCodes.TaskFrozen);

    public void DrawPrepared(Guid drawId)
    {
        Rule.Check(Status == InspectionTaskStatus.Draft, RuleCodes.TaskNotDraft);
        IsFrozen = true;
        Status = InspectionTaskStatus.Prepared;
        CurrentDrawId = drawId;
    }

    /// <summary>A sealed draw makes the task drawn; a failed one lets a new draw be prepared (new s, new C).</summary>
    public void DrawFinished(bool succeeded) => Status = succeeded ? InspectionTaskStatus.Drawn : InspectionTaskStatus.Draft;

    public void Close(DateTime utcNow)
    {
        Rule.Check(Status == InspectionTaskStatus.Drawn, RuleCodes.TaskNotDrawn);
        Status = InspectionTaskStatus.Closed;
        ClosedAtUtc = utcNow;
    }
}
