using FluentValidation.Results;

namespace DoubleRandom.Application.Common.Exceptions;

/// <summary>The request is malformed: one or more fields are invalid (400). Field names are camelCase.</summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException(IEnumerable<ValidationFailure> failures)
        : this(failures
            .GroupBy(f => CamelCase(f.PropertyName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal))
    {
    }

    public RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("One or more fields are invalid.") => Errors = errors;

    public RequestValidationException()
        : this(new Dictionary<string, string[]>(StringComparer.Ordinal))
    {
    }

    public RequestValidationException(string message)
        : base(message) => Errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

    public RequestValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public static RequestValidationException ForField(string field, string message) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    /// <summary>"Items[0].Name" → "items[0].name": API field names are camelCase.</summary>
    public static string CamelCase(string path) =>
        string.Join('.', path.Split('.').Select(part =>
            part.Length == 0 ? part : string.Concat(char.ToLowerInvariant(part[0]).ToString(), part.AsSpan(1))));
}
