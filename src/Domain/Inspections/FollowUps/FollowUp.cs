using System.Linq.Expressions;
using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Inspections.FollowUps;

/// <summary>
/// 移交后续处置 (§6.2.4, §7.1) — one finding of an inspection record (one item whose result category indicates a
/// problem) handed to a supervising unit with a deadline. The finding is copied from the record as it was at hand-over.
/// The status moves one step at a time (<see cref="Allows"/>); every step is a row of <see cref="History"/>.
/// </summary>
public sealed class FollowUp : Entity, ITaskOwned
{
    public const int NoteMaxLength = 2000;

    private readonly List<FollowUpEvent> _history = [];

    private FollowUp()
    {
    }

    public Guid TaskId { get; private set; }

    public Guid RecordId { get; private set; }

    public string TargetCode { get; private set; } = string.Empty;

    public string TargetName { get; private set; } = string.Empty;

    public Guid ItemId { get; private set; }

    public string ItemName { get; private set; } = string.Empty;

    /// <summary>The item's result category at hand-over (one that indicates a problem).</summary>
    public string ResultCategoryCode { get; private set; } = string.Empty;

    /// <summary>What was found, copied from the item's result at hand-over.</summary>
    public string? Findings { get; private set; }

    /// <summary>The branch unit (监管/承办单位) the finding is handed to.</summary>
    public Guid SupervisingUnitId { get; private set; }

    /// <summary>The Asia/Shanghai calendar day by which it is to be dealt with.</summary>
    public DateOnly Deadline { get; private set; }

    public FollowUpStatus Status { get; private set; }

    public string HandedOverBy { get; private set; } = string.Empty;

    public DateTime HandedOverAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>Every step in order, the hand-over first.</summary>
    public IReadOnlyList<FollowUpEvent> History => _history;

    Guid ITaskOwned.OwningTaskId => TaskId;

    /// <summary>
    /// The one rule of overdue, as an expression a query can use too: still handed over or in progress (not yet rectified,
    /// case filed or closed) and the deadline is before today (Asia/Shanghai).
    /// </summary>
    public static readonly Expression<Func<FollowUp, DateOnly, bool>> Overdue =
        (f, today) => (f.Status == FollowUpStatus.HandedOver || f.Status == FollowUpStatus.InProgress) && f.Deadline < today;

    private static readonly Func<FollowUp, DateOnly, bool> OverdueCompiled = Overdue.Compile();

    /// <summary>The one step forward from each status; nothing after <see cref="FollowUpStatus.Closed"/>.</summary>
    public static bool Allows(FollowUpStatus from, FollowUpStatus to) => (from, to) switch
    {
        (FollowUpStatus.HandedOver, FollowUpStatus.InProgress) => true,
        (FollowUpStatus.InProgress, FollowUpStatus.Rectified or FollowUpStatus.CaseFiled) => true,
        (FollowUpStatus.Rectified or FollowUpStatus.CaseFiled, FollowUpStatus.Closed) => true,
        _ => false,
    };

    /// <summary>Overdue on <paramref name="today"/> (Asia/Shanghai): the deadline has passed and it is still pending.</summary>
    public bool IsOverdue(DateOnly today) => OverdueCompiled(this, today);

    public static FollowUp HandOver(
        Guid taskId, Guid recordId, string targetCode, string targetName, Guid itemId, string itemName, string resultCategoryCode,
        string? findings, Guid supervisingUnitId, DateOnly deadline, string? note, string by, DateTime utcNow)
    {
        var at = CanonicalJson.TruncateToMicroseconds(utcNow);
        var followUp = new FollowUp
        {
            TaskId = taskId, RecordId = recordId, TargetCode = targetCode, TargetName = targetName, ItemId = itemId, ItemName = itemName,
            ResultCategoryCode = resultCategoryCode, Findings = findings, SupervisingUnitId = supervisingUnitId, Deadline = deadline,
            Status = FollowUpStatus.HandedOver, HandedOverBy = by, HandedOverAtUtc = at,
        };
        followUp._history.Add(new FollowUpEvent(null, FollowUpStatus.HandedOver, note, by, at));
        return followUp;
    }

    /// <summary>One step forward (<see cref="Allows"/>); reaching <see cref="FollowUpStatus.Closed"/> stamps the closing time.</summary>
    public void MoveTo(FollowUpStatus to, string? note, string by, DateTime utcNow)
    {
        Rule.Check(Allows(Status, to), RuleCodes.FollowUpTransition);
        var at = CanonicalJson.TruncateToMicroseconds(utcNow);
        _history.Add(new FollowUpEvent(Status, to, note, by, at));
        Status = to;
        if (to == FollowUpStatus.Closed)
        {
            ClosedAtUtc = at;
        }
    }
}
