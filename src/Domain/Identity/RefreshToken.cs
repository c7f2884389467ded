using DoubleRandom.Domain.Auditing;

namespace DoubleRandom.Domain.Identity;

/// <summary>
/// A refresh token, stored as its SHA-256 only. Each use rotates it: the old one is revoked and points to
/// its replacement. Presenting a revoked token again means it was stolen or replayed, so the whole
/// family (every token descended from the same sign-in) is revoked, with one exception: a token rotated moments
/// ago may be presented once more (two browser tabs refreshing at once), see <see cref="MayBeReusedAt"/>.
/// </summary>
public sealed class RefreshToken
{
    private RefreshToken()
    {
    }

    /// <summary>The revocation reason of a token traded for its successor; every other reason ends the sign-in.</summary>
    public const string RotatedReason = "rotated";

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid UserId { get; private set; }

    public Guid FamilyId { get; private set; }

    [AuditSecret]
    public string TokenHash { get; private set; } = string.Empty;

    [AuditSecret]
    public string SecurityStamp { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public string? RevokedReason { get; private set; }

    public Guid? ReplacedById { get; private set; }

    /// <summary>When the token, already rotated, was used once more within the grace period.</summary>
    public DateTime? GraceUsedAtUtc { get; private set; }

    public static RefreshToken Issue(User user, Guid familyId, string tokenHash, DateTime utcNow, TimeSpan lifetime) => new()
    {
        UserId = user.Id,
        FamilyId = familyId,
        TokenHash = tokenHash,
        SecurityStamp = user.SecurityStamp,
        CreatedAtUtc = utcNow,
        ExpiresAtUtc = utcNow + lifetime,
    };

    public bool IsActiveAt(DateTime utcNow) => RevokedAtUtc is null && ExpiresAtUtc > utcNow;

    /// <summary>
    /// Whether the token, rotated (not revoked for another reason) less than <paramref name="grace"/> ago and not
    /// yet used again, may be traded once more. Any other use of a revoked token is a replay.
    /// </summary>
    public bool MayBeReusedAt(DateTime utcNow, TimeSpan grace) =>
        RevokedReason == RotatedReason && GraceUsedAtUtc is null && RevokedAtUtc is { } rotated && utcNow - rotated <= grace
        && ExpiresAtUtc > utcNow;

    /// <summary>Spends the one use within the grace period.</summary>
    public void UseGrace(DateTime utcNow) => GraceUsedAtUtc = utcNow;

    public void Revoke(DateTime utcNow, string reason, Guid? replacedBy = null)
    {
        if (RevokedAtUtc is not null)
        {
            return;
        }

        RevokedAtUtc = utcNow;
        RevokedReason = reason;
        ReplacedById = replacedBy;
    }
}
