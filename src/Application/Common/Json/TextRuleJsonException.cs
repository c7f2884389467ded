using System.Text.Json;
using DoubleRandom.Application.Common.Validation;

namespace DoubleRandom.Application.Common.Json;

/// <summary>A JSON string that breaks <see cref="TextRule"/>; the problem names the field by its JSON path and says why.</summary>
public sealed class TextRuleJsonException : JsonException
{
    public TextRuleJsonException(string message)
        : base(message)
    {
    }

    public TextRuleJsonException()
    {
    }

    public TextRuleJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
