using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Common.Time;
using DoubleRandom.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Identity;

/// <summary>
/// Checks a user name and password, for sign-in, a password change and a supervisor's confirmation alike.
/// Failures are counted per user name and client address (<see cref="SignInThrottle"/>): after a few, that
/// pair waits, longer after each further failure, while the same account signs in from other addresses as
/// usual. A user name that does not exist (or a disabled user) is answered exactly like a wrong password: the
/// same status and message, the same counting and waits, and a password hash checked for as long.
/// </summary>
public sealed class CredentialVerifier(
    IApplicationDbContext db, IPasswordHasher hasher, ICurrentActor actor, SecurityOptions options, TimeProvider clock)
{
    private static string? _dummyHash;

    public async Task<User> VerifyAsync(string userName, string password, CancellationToken ct)
    {
        var normalized = User.Normalize(userName);
        var address = ClientAddress();
        var now = clock.GetUtcNow().UtcDateTime;
        var throttles = await db.SignInThrottles
            .Where(t => t.UserName == normalized && (t.ClientAddress == address || t.ClientAddress == SignInThrottle.UnfamiliarAddresses))
            .ToListAsync(ct);
        var pair = throttles.Find(t => t.ClientAddress == address);
        var unfamiliar = throttles.Find(t => t.ClientAddress == SignInThrottle.UnfamiliarAddresses);
        var familiar = pair?.IsFamiliar == true || options.IsTrusted(address);
        if (BlockedUntil(pair, familiar ? null : unfamiliar, now) is { } waiting)
        {
            throw Locked(waiting);
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == normalized, ct);
        var check = PasswordCheck.Failed;
        if (user is { IsDisabled: false })
        {
            check = hasher.Verify(user.PasswordHash, password);
        }
        else
        {
            // As long as a real check, so the time taken does not tell whether the name exists.
            hasher.Verify(_dummyHash ??= hasher.Hash(Secrets.NewTemporaryPassword()), password);
        }

        if (check == PasswordCheck.Failed)
        {
            var firstDelay = TimeSpan.FromSeconds(options.LockoutFirstDelaySeconds);
            var maxDelay = TimeSpan.FromMinutes(options.LockoutMaxDelayMinutes);
            var forget = TimeSpan.FromHours(options.LockoutForgetHours);
            pair ??= Track(normalized, address);
            pair.RecordFailure(now, options.LockoutThreshold, firstDelay, maxDelay, forget);
            if (!familiar)
            {
                unfamiliar ??= Track(normalized, SignInThrottle.UnfamiliarAddresses);
                unfamiliar.RecordFailure(now, options.UnfamiliarAddressThreshold, firstDelay, maxDelay, forget);
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (ConflictException)
            {
                // A concurrent failure of the same pair counted first; this one is refused all the same.
                db.ChangeTracker.Clear();
            }

            throw BlockedUntil(pair, familiar ? null : unfamiliar, now) is { } until ? Locked(until) : InvalidCredentials();
        }

        // Saved with the caller's own change (the sign-in, the new password, the confirmation).
        (pair ?? Track(normalized, address)).RecordSuccess(now);
        if (check == PasswordCheck.SuccessRehashNeeded)
        {
            user!.UpgradePasswordHash(hasher.Hash(password));
        }

        return user!;
    }

    public static AuthenticationFailedException InvalidCredentials() => new(
        "invalid-credentials", Text.Of("用户名或密码错误", "The user name or password is incorrect."));

    private string ClientAddress()
    {
        var address = actor.ClientAddress ?? "unknown";
        return address.Length <= SignInThrottle.AddressMaxLength ? address : address[..SignInThrottle.AddressMaxLength];
    }

    private SignInThrottle Track(string userName, string address)
    {
        var throttle = SignInThrottle.For(userName, address);
        db.SignInThrottles.Add(throttle);
        return throttle;
    }

    private static DateTime? BlockedUntil(SignInThrottle? pair, SignInThrottle? unfamiliar, DateTime now)
    {
        DateTime? until = null;
        foreach (var throttle in new[] { pair, unfamiliar })
        {
            if (throttle?.IsBlockedAt(now) == true && (until is null || throttle.BlockedUntilUtc > until))
            {
                until = throttle.BlockedUntilUtc;
            }
        }

        return until;
    }

    /// <summary>The wait as a person reads it: Asia/Shanghai (<c>lockedUntilUtc</c> and <c>Retry-After</c> carry it exactly).</summary>
    private static AccountLockedException Locked(DateTime until)
    {
        var local = until.ToShanghai();
        return new AccountLockedException(
            until,
            Text.Of($"登录失败次数过多，请于北京时间 {local:yyyy-MM-dd HH:mm:ss} 之后再试",
                $"Too many failed sign-ins; try again after {local:yyyy-MM-dd HH:mm:ss} (Beijing time, UTC+8)."));
    }
}
