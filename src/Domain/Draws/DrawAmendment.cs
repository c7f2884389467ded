using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Draws;

public enum AmendmentKind
{
    /// <summary>Replace a drawn officer (§4.3.2).</summary>
    ReplaceOfficer,

    /// <summary>Place a target DR1 left unassigned (§8).</summary>
    PlaceTarget,
}

/// <summary>Why an officer is replaced (§4.3.2).</summary>
public enum AmendmentReason
{
    /// <summary>岗位调整.</summary>
    PostAdjustment,

    /// <summary>工作冲突.</summary>
    WorkConflict,

    /// <summary>身体原因.</summary>
    Health,

    /// <summary>回避.</summary>
    Recusal,

    /// <summary>未分配对象的人工分配.</summary>
    Unassigned,
}

public enum AmendmentStatus
{
    Requested,
    Approved,
    Rejected,
}

/// <summary>
/// A recorded change to a sealed draw: it references the sealed result digest and never rewrites the
/// sealed rows. It takes effect only when a leader approves it.
/// </summary>
public sealed class DrawAmendment : Entity
{
    public const int NoteMaxLength = 500;

    private DrawAmendment()
    {
    }

    public Guid DrawId { get; private set; }

    public string ResultDigest { get; private set; } = string.Empty;

    public AmendmentKind Kind { get; private set; }

    public AmendmentReason Reason { get; private set; }

    public string? Note { get; private set; }

    public int GroupNumber { get; private set; }

    /// <summary>The officer leaving the group (replacement only).</summary>
    public Guid? OfficerId { get; private set; }

    /// <summary>The officer joining the group (replacement only), chosen from the roster, not redrawn.</summary>
    public Guid? ReplacementOfficerId { get; private set; }

    /// <summary>The target placed in the group (placement only).</summary>
    public string? TargetCode { get; private set; }

    public AmendmentStatus Status { get; private set; }

    public string RequestedBy { get; private set; } = string.Empty;

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public static DrawAmendment ReplaceOfficer(Guid drawId, string resultDigest, int group, Guid officerId, Guid replacementId,
        AmendmentReason reason, string? note, string requestedBy)
    {
        Rule.Check(reason != AmendmentReason.Unassigned, "amendment-reason", "Unassigned is the reason of a placement, not of a replacement.");
        Rule.Check(officerId != replacementId, "amendment-same-officer", "An officer cannot replace themselves.");
        return new()
        {
            DrawId = drawId, ResultDigest = resultDigest, Kind = AmendmentKind.ReplaceOfficer, GroupNumber = group, OfficerId = officerId,
            ReplacementOfficerId = replacementId, Reason = reason, Note = note, RequestedBy = requestedBy, Status = AmendmentStatus.Requested,
        };
    }

    public static DrawAmendment PlaceTarget(Guid drawId, string resultDigest, int group, string targetCode, string? note, string requestedBy) =>
        new()
        {
            DrawId = drawId, ResultDigest = resultDigest, Kind = AmendmentKind.PlaceTarget, GroupNumber = group, TargetCode = targetCode,
            Reason = AmendmentReason.Unassigned, Note = note, RequestedBy = requestedBy, Status = AmendmentStatus.Requested,
        };

    public void EnsureOpen() =>
        Rule.Check(Status == AmendmentStatus.Requested, "amendment-decided", "The amendment has already been decided.");

    public void Decide(bool approve, string leader, DateTime utcNow)
    {
        EnsureOpen();
        Rule.Check(!string.Equals(leader, RequestedBy, StringComparison.Ordinal), "amendment-same-person",
            "The person who requested an amendment cannot approve it.");
        Status = approve ? AmendmentStatus.Approved : AmendmentStatus.Rejected;
        DecidedBy = leader;
        DecidedAtUtc = utcNow;
    }
}
