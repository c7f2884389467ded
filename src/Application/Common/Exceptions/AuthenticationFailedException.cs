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
