using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Identity;

/// <summary>
/// Failed credential checks (sign-in, password change, a supervisor's confirmation) for one user name from one
/// client address. After <c>threshold</c> failures in a row that pair waits, twice as long after each further
/// failure, up to a cap; other addresses are not affected. Kept by user name, not user id, so that a name that
/// does not exist is throttled exactly like one that does. The row with address <see cref="UnfamiliarAddresses"/>
/// counts the failures from every address the account never signed in from: a guesser spread over many addresses
/// slows down there, while an address the account signed in from before (<see cref="IsFamiliar"/>) is exempt.
/// </summary>
public sealed class SignInThrottle : Entity
{
    /// <summary>The address of the account-wide row for addresses without a successful sign-in.</summary>
    public const string UnfamiliarAddresses = "*";

    /// <summary>An IPv6 address with a zone fits.</summary>
    public const int AddressMaxLength = 64;

    private SignInThrottle()
    {
    }

    /// <summary>Normalised as <see cref="User.Normalize"/>; need not name an existing user.</summary>
    public string UserName { get; private set; } = string.Empty;

    public string ClientAddress { get; private set; } = string.Empty;

    /// <summary>Failures since the last success (or since failures were last forgotten).</summary>
    public int FailureCount { get; private set; }

    public DateTime? LastFailureAtUtc { get; private set; }

    /// <summary>Until then this user name is refused from this address without checking the password.</summary>
    public DateTime? BlockedUntilUtc { get; private set; }

    /// <summary>The last successful check from this address: the address is familiar to the account.</summary>
    public DateTime? LastSuccessAtUtc { get; private set; }

    public bool IsFamiliar => LastSuccessAtUtc is not null;

    public static SignInThrottle For(string userName, string clientAddress) =>
        new() { UserName = userName, ClientAddress = clientAddress };

    public bool IsBlockedAt(DateTime utcNow) => BlockedUntilUtc > utcNow;

    /// <summary>
    /// Counts a failure. From the <paramref name="threshold"/>-th failure on, the pair waits
    /// <paramref name="firstDelay"/>, then twice as long after each further failure, never longer than
    /// <paramref name="maxDelay"/>. Failures older than <paramref name="forgetAfter"/> are forgotten first.
    /// </summary>
    public void RecordFailure(DateTime utcNow, int threshold, TimeSpan firstDelay, TimeSpan maxDelay, TimeSpan forgetAfter)
    {
        if (LastFailureAtUtc is { } last && utcNow - last > forgetAfter)
        {
            FailureCount = 0;
        }

        FailureCount++;
        LastFailureAtUtc = utcNow;
        if (FailureCount >= threshold)
        {
            var doublings = Math.Min(FailureCount - threshold, 30);
            var seconds = Math.Min(firstDelay.TotalSeconds * Math.Pow(2, doublings), maxDelay.TotalSeconds);
            BlockedUntilUtc = utcNow + TimeSpan.FromSeconds(seconds);
        }
    }

    /// <summary>A successful check: the failures are forgotten and the address becomes familiar.</summary>
    public void RecordSuccess(DateTime utcNow)
    {
        Clear();
        LastSuccessAtUtc = utcNow;
    }

    /// <summary>An administrator's unlock: the failures and the wait are forgotten.</summary>
    public void Clear()
    {
        FailureCount = 0;
        BlockedUntilUtc = null;
    }
}
