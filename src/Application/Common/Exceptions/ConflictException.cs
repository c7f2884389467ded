namespace DoubleRandom.Application.Common.Exceptions;

/// <summary>The request conflicts with the current state: a duplicate key, a stale version (409).</summary>
public sealed class ConflictException : Exception
{
    public ConflictException(string code, string message, string? field = null)
        : base(message)
    {
        Code = code;
        Field = field;
    }

    public ConflictException()
        : this("conflict", "The request conflicts with the current state.")
    {
    }

    public ConflictException(string message)
        : this("conflict", message)
    {
    }

    public ConflictException(string message, Exception innerException)
        : base(message, innerException) => Code = "conflict";

    /// <summary>A stable kebab-case name of the conflict, e.g. <c>duplicate-code</c>.</summary>
    public string Code { get; }

    /// <summary>The request field the conflict is about, when there is one.</summary>
    public string? Field { get; }

    /// <summary>The record that is already there (e.g. the inspection record of the same task and target), when there is one.</summary>
    public Guid? ExistingId { get; init; }
}
