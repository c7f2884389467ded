using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity;

/// <summary>
/// Checks a user name and password, for sign-in and for a supervisor's confirmation alike: failures count
/// towards lockout, a locked account is refused, and an unknown user costs as much time as a known one.
/// </summary>
public sealed class CredentialVerifier(IApplicationDbContext db, IPasswordHasher hasher, SecurityOptions options, TimeProvider clock)
{
    private static string? _dummyHash;

    public async Task<User> VerifyAsync(string userName, string password, CancellationToken ct)
    {
        var normalized = User.Normalize(userName);
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == normalized, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is null || user.IsDisabled)
        {
            hasher.Verify(_dummyHash ??= hasher.Hash(Secrets.NewTemporaryPassword()), password);
            throw InvalidCredentials();
        }

        if (user.IsLockedAt(now))
        {
            throw Locked(user.LockedUntilUtc!.Value);
        }

        var check = hasher.Verify(user.PasswordHash, password);
        if (check == PasswordCheck.Failed)
        {
            user.RecordFailedLogin(now, options.LockoutThreshold, TimeSpan.FromMinutes(options.LockoutMinutes));
            await db.SaveChangesAsync(ct);
            throw user.IsLockedAt(now) ? Locked(user.LockedUntilUtc!.Value) : InvalidCredentials();
        }

        if (check == PasswordCheck.SuccessRehashNeeded)
        {
            user.UpgradePasswordHash(hasher.Hash(password));
        }

        return user;
    }

    public static AuthenticationFailedException InvalidCredentials() => new(
        "invalid-credentials", Text.Of("用户名或密码错误", "The user name or password is incorrect."));

    private static AccountLockedException Locked(DateTime until) => new(
        until,
        Text.Of($"连续登录失败次数过多，账户已锁定至 {until:yyyy-MM-dd HH:mm:ss} UTC",
            $"Too many failed sign-ins; the account is locked until {until:yyyy-MM-dd HH:mm:ss} UTC."));
}
