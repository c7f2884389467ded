using System.Text.Json;
using System.Text.Json.Serialization;
using DoubleRandom.Application.Common.Validation;

namespace DoubleRandom.Application.Common.Json;

/// <summary>
/// Every string of every request body (property values and dictionary keys) passes <see cref="TextRule"/> as it is
/// read, so no field can forget it; text that is not valid Unicode is refused the same way instead of failing later.
/// Writing is unchanged.
/// </summary>
public sealed class CheckedStringConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a string.");
        }

        return Checked(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string Checked(ref Utf8JsonReader reader)
    {
        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new TextRuleJsonException(TextRule.NotUnicode);
        }

        return TextRule.IsAllowed(value) ? value : throw new TextRuleJsonException(TextRule.Message);
    }
}
