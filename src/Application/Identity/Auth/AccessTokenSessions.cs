using System.Security.Cryptography;
using System.Text;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DoubleRandom.Application.Identity.Auth;

/// <summary>
/// Whether an access token still stands, checked on every request: its user exists, is not disabled and has the
/// security stamp the token was issued with (a password change or reset and disabling rotate it), and its sign-in
/// (the refresh-token family, the token's <c>sid</c>) has not ended by logout or reuse detection. The answers
/// are cached for <see cref="SecurityOptions.SessionCheckCacheSeconds"/>; this instance forgets them at once
/// when it makes the change, other instances within that time.
/// </summary>
public sealed class AccessTokenSessions(IApplicationDbContext db, IMemoryCache cache, SecurityOptions options)
{
    /// <summary>The access token carries a digest of the stamp, not the stamp itself.</summary>
    public static string StampDigest(string securityStamp) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("DR/stamp/" + securityStamp)))[..32];

    public async Task<bool> IsCurrentAsync(Guid userId, string stampDigest, Guid sessionId, CancellationToken ct)
    {
        var user = await CachedAsync(UserKey(userId), () => db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new UserState(u.SecurityStamp, u.IsDisabled)).FirstOrDefaultAsync(ct));
        if (user is null || user.IsDisabled || !FixedTimeEquals(StampDigest(user.SecurityStamp), stampDigest))
        {
            return false;
        }

        var ended = await CachedAsync(SessionKey(sessionId), () => db.RefreshTokens.AsNoTracking()
            .AnyAsync(t => t.FamilyId == sessionId && t.RevokedAtUtc != null && t.RevokedReason != RefreshToken.RotatedReason, ct));
        return !ended;
    }

    /// <summary>After the user's stamp or state changed (saved).</summary>
    public void ForgetUser(Guid userId) => cache.Remove(UserKey(userId));

    /// <summary>After a sign-in ended (saved).</summary>
    public void ForgetSession(Guid sessionId) => cache.Remove(SessionKey(sessionId));

    private async Task<T> CachedAsync<T>(string key, Func<Task<T>> load)
    {
        if (cache.TryGetValue(key, out T? value))
        {
            return value!;
        }

        value = await load();
        cache.Set(key, value, TimeSpan.FromSeconds(options.SessionCheckCacheSeconds));
        return value;
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static string UserKey(Guid userId) => $"session-check:user:{userId}";

    private static string SessionKey(Guid sessionId) => $"session-check:sid:{sessionId}";

    private sealed record UserState(string SecurityStamp, bool IsDisabled);
}
