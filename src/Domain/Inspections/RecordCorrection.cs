using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Inspections;

/// <summary>
/// 更正 (§7.2): a submitted result is final; it changes only by a correction that a leader of the supervising unit — the
/// unit of the officer leading the record's group — approves, and not the person who asked. The correction carries the
/// complete new results of the record (one per item of the task), the version of the record it was asked against and
/// the reason. Approval makes its results the record's next version; the earlier versions stay.
/// </summary>
public sealed class RecordCorrection : Entity, ITaskOwned
{
    public const int ReasonMaxLength = 1000;
    public const int NoteMaxLength = 1000;

    private readonly List<ItemResult> _items = [];

    private RecordCorrection()
    {
    }

    public Guid RecordId { get; private set; }

    public Guid TaskId { get; private set; }

    public int GroupNumber { get; private set; }

    public string TargetCode { get; private set; } = string.Empty;

    /// <summary>The record's row version when the correction was asked for: a record changed since cannot take it (stale).</summary>
    public int RecordVersion { get; private set; }

    /// <summary>The content version of the record it corrects (<see cref="InspectionRecord.ContentVersion"/>).</summary>
    public int CorrectsVersion { get; private set; }

    /// <summary>The proposed results, one per item of the task, in the task's order.</summary>
    public IReadOnlyList<ItemResult> Items => _items;

    public string Reason { get; private set; } = string.Empty;

    public string RequestedBy { get; private set; } = string.Empty;

    /// <summary>The requester's user id: who may not decide it is compared by id, not by name (null only for rows asked before it was kept).</summary>
    public Guid? RequestedByUserId { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    /// <summary>The unit of the officer leading the record's group when asked: its leaders (and those above) decide.</summary>
    public Guid SupervisingUnitId { get; private set; }

    public CorrectionStatus Status { get; private set; }

    public string? DecisionNote { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>The record's content version this correction produced, once approved.</summary>
    public int? ResultingVersion { get; private set; }

    Guid ITaskOwned.OwningTaskId => TaskId;

    /// <summary>A correction of <paramref name="record"/>; results identical to the record's are refused (nothing to correct).</summary>
    public static RecordCorrection Request(
        InspectionRecord record, IReadOnlyList<ItemResult> items, string reason, Guid supervisingUnitId, string requestedBy, Guid? requestedByUserId,
        DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(items);
        Rule.Check(!record.Items.SequenceEqual(items), RuleCodes.CorrectionUnchanged);
        var correction = new RecordCorrection
        {
            RecordId = record.Id, TaskId = record.TaskId, GroupNumber = record.GroupNumber, TargetCode = record.TargetCode,
            RecordVersion = record.Version, CorrectsVersion = record.ContentVersion, Reason = reason.Trim(), RequestedBy = requestedBy,
            RequestedByUserId = requestedByUserId,
            RequestedAtUtc = CanonicalJson.TruncateToMicroseconds(utcNow), SupervisingUnitId = supervisingUnitId, Status = CorrectionStatus.Pending,
        };
        correction._items.AddRange(items);
        return correction;
    }

    /// <summary>Approves: the record takes the correction's results as its next content version.</summary>
    public void Approve(InspectionRecord record, string by, Guid? byUserId, string? note, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(record);
        Decide(by, byUserId, note, utcNow, CorrectionStatus.Approved);
        record.Correct(_items, utcNow);
        ResultingVersion = record.ContentVersion;
    }

    /// <summary>Rejects: the record stays as it is.</summary>
    public void Reject(string by, Guid? byUserId, string note, DateTime utcNow) => Decide(by, byUserId, note, utcNow, CorrectionStatus.Rejected);

    /// <summary>Whether <paramref name="record"/> is still the row the correction was asked against.</summary>
    public bool IsCurrentFor(InspectionRecord record) => record is not null && record.Version == RecordVersion && record.ContentVersion == CorrectsVersion;

    /// <summary>Whether the decider is the requester: by user id (a renamed account is still the same person); by name only for old rows.</summary>
    public bool IsRequestedBy(string by, Guid? byUserId) => RequestedByUserId is { } requester
        ? byUserId == requester
        : string.Equals(by, RequestedBy, StringComparison.Ordinal);

    private void Decide(string by, Guid? byUserId, string? note, DateTime utcNow, CorrectionStatus status)
    {
        Rule.Check(Status == CorrectionStatus.Pending, RuleCodes.CorrectionDecided);
        Rule.Check(!IsRequestedBy(by, byUserId), RuleCodes.CorrectionSelfApproval);
        Status = status;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DecidedBy = by;
        DecidedAtUtc = CanonicalJson.TruncateToMicroseconds(utcNow);
    }
}
