namespace DoubleRandom.Application.Common.Exceptions;

/// <summary>The account is locked after repeated failures (423) until the given time.</summary>
public sealed class AccountLockedException(DateTime lockedUntilUtc, string message) : Exception(message)
{
    public AccountLockedException()
        : this(DateTime.MaxValue, "The account is locked.")
    {
    }

    public AccountLockedException(string message)
        : this(DateTime.MaxValue, message)
    {
    }

    public AccountLockedException(string message, Exception innerException)
        : this(DateTime.MaxValue, message) => _ = innerException;

    public DateTime LockedUntilUtc { get; } = lockedUntilUtc;
}
