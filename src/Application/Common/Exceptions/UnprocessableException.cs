namespace DoubleRandom.Application.Common.Exceptions;

/// <summary>
/// The request is well-formed but its content cannot be processed (422): a photo with no readable code, an
/// Idempotency-Key reused with another request. Carries a field error and a stable <see cref="Code"/>.
/// </summary>
public sealed class UnprocessableException : Exception
{
    public UnprocessableException(string field, string message)
        : base(message) => Field = field;

    public UnprocessableException()
        : this("body", "The request cannot be processed.")
    {
    }

    public UnprocessableException(string message)
        : this("body", message)
    {
    }

    public UnprocessableException(string message, Exception innerException)
        : base(message, innerException) => Field = "body";

    /// <summary>The field (camelCase, or a header's name) the error belongs to.</summary>
    public string Field { get; }

    /// <summary>The problem's <c>code</c> (docs/problems.md).</summary>
    public required string Code { get; init; }
}
