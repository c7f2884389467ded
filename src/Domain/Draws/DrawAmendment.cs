using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Draws;

/// <summary>
/// A recorded change to a sealed draw: it references the sealed result digest and never rewrites the
/// sealed rows. It takes effect only when a leader approves it.
/// </summary>
public sealed class DrawAmendment : Entity, IDrawOwned
{
    public const int NoteMaxLength = 500;

    private DrawAmendment()
    {
    }

    public Guid DrawId { get; private set; }

    Guid IDrawOwned.OwningDrawId => DrawId;

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
        Rule.Check(reason != AmendmentReason.Unassigned, RuleCodes.AmendmentReason);
        Rule.Check(officerId != replacementId, RuleCodes.AmendmentSameOfficer);
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
        Rule.Check(Status == AmendmentStatus.Requested, RuleCodes.AmendmentDecided);

    public void Decide(bool approve, string leader, DateTime utcNow)
    {
        EnsureOpen();
        Rule.Check(!string.Equals(leader, RequestedBy, StringComparison.Ordinal), RuleCodes.AmendmentSamePerson);
        Status = approve ? AmendmentStatus.Approved : AmendmentStatus.Rejected;
        DecidedBy = leader;
        DecidedAtUtc = utcNow;
    }
}
