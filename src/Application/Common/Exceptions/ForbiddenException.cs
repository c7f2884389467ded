namespace DoubleRandom.Application.Common.Exceptions;

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
