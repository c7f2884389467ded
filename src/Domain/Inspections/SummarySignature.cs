using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Inspections;

/// <summary>
/// One member's signature on a group's summary table (汇总表, §6.3): bound to the SHA-256 of the summary's content as
/// it was signed. A later change of any record of the group changes the content's hash, so the signature stops being
/// current by itself and the summary asks for it again; the row stays as the trail of what was signed. The leader's
/// signature is the sign-off and comes after every other member's on the same content.
/// </summary>
public sealed class SummarySignature : Entity, ITaskOwned
{
    public const int Sha256HexLength = 64;

    private SummarySignature()
    {
    }

    public Guid TaskId { get; private set; }

    Guid ITaskOwned.OwningTaskId => TaskId;

    public int GroupNumber { get; private set; }

    public Guid OfficerId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The officer's name when signing (the summary lists signatures by it).</summary>
    public string OfficerName { get; private set; } = string.Empty;

    /// <summary>SHA-256 (lowercase hex) of the canonical content the member signed.</summary>
    public string ContentSha256 { get; private set; } = string.Empty;

    public DateTime SignedAtUtc { get; private set; }

    /// <summary>Signed as the group's leader: the sign-off.</summary>
    public bool IsLeader { get; private set; }

    /// <summary>
    /// A member signs the content whose hash is <paramref name="currentSha256"/>; <paramref name="signedSha256"/> is what
    /// the caller read and means to sign. <paramref name="current"/> are the group's signatures on that content so far;
    /// <paramref name="members"/> the group's officers (the leader first).
    /// </summary>
    public static SummarySignature Sign(
        Guid taskId, int groupNumber, Guid officerId, string officerName, Guid userId, string signedSha256, string currentSha256,
        IReadOnlyList<Guid> members, IReadOnlyCollection<SummarySignature> current, DateTime utcNow)
    {
        Rule.Check(string.Equals(signedSha256, currentSha256, StringComparison.Ordinal), RuleCodes.SummaryChanged);
        Rule.Check(current.All(s => s.OfficerId != officerId), RuleCodes.SummaryAlreadySigned);
        var leader = members.Count > 0 && members[0] == officerId;
        if (leader)
        {
            var missing = members.Skip(1).Count(m => current.All(s => s.OfficerId != m));
            Rule.Check(missing == 0, RuleCodes.SummaryMembersFirst, missing);
        }

        return new SummarySignature
        {
            TaskId = taskId, GroupNumber = groupNumber, OfficerId = officerId, OfficerName = officerName, UserId = userId,
            ContentSha256 = currentSha256, SignedAtUtc = utcNow, IsLeader = leader,
        };
    }
}
