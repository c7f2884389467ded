using DoubleRandom.Domain.Auditing;

namespace DoubleRandom.Domain.Identity;

/// <summary>
/// A refresh token, stored as its SHA-256 only. Each use rotates it: the old one is revoked and points to
/// its replacement. Presenting a revoked token again means it was stolen or replayed, so the whole
/// family (every token descended from the same sign-in) is revoked.
/// </summary>
public sealed class RefreshToken
{
    private RefreshToken()
    {
    }

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
