namespace DoubleRandom.Domain.Drawing;

/// <summary>The input breaks a DR1 rule; a draw cannot be computed from it.</summary>
public sealed class Dr1InputException : Exception
{
    public Dr1InputException(IReadOnlyList<DrawFieldError> errors)
        : base("The DR1 input is invalid: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))) =>
        Errors = errors;

    public Dr1InputException()
        : this([])
    {
    }

    public Dr1InputException(string message)
        : base(message) => Errors = [];

    public Dr1InputException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public IReadOnlyList<DrawFieldError> Errors { get; }
}
