namespace DoubleRandom.Application.Common.Exceptions;

/// <summary>A component the request needs is not available (503), e.g. the OCR engine; carries a stable <see cref="Code"/>.</summary>
public sealed class ServiceUnavailableException : Exception
{
    public ServiceUnavailableException()
    {
    }

    public ServiceUnavailableException(string message)
        : base(message)
    {
    }

    public ServiceUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The problem's <c>code</c> (docs/problems.md).</summary>
    public required string Code { get; init; }
}
