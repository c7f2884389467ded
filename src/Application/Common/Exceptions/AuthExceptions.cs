namespace DoubleRandom.Application.Common.Exceptions;

/// <summary>The credentials were not accepted (401). The message never says whether the user exists.</summary>
public sealed class AuthenticationFailedException(string code, string message) : Exception(message)
{
    public AuthenticationFailedException()
        : this("invalid-credentials", "Invalid credentials.")
    {
    }

    public AuthenticationFailedException(string message)
        : this("invalid-credentials", message)
    {
    }

    public AuthenticationFailedException(string message, Exception innerException)
        : this("invalid-credentials", message) => _ = innerException;

    public string Code { get; } = code;
}

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

/// <summary>The caller is known but may not do this (403).</summary>
public sealed class ForbiddenException(string code, string message) : Exception(message)
{
    public ForbiddenException()
        : this("forbidden", "Forbidden.")
    {
    }

    public ForbiddenException(string message)
        : this("forbidden", message)
    {
    }

    public ForbiddenException(string message, Exception innerException)
        : this("forbidden", message) => _ = innerException;

    public string Code { get; } = code;
}
