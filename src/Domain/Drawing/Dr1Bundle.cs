using System.Text.Json;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// DR1 §10: one JSON document with everything needed to recompute a draw. Leaves are carried
/// as their canonical strings so a verifier hashes exactly what was published.
/// </summary>
public sealed record Dr1Bundle(
    string Protocol,
    Dr1Parameters Parameters,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Officers,
    IReadOnlyList<string> Recusals,
    string Commitment,
    string Entropy,
    string? Secret,
    IReadOnlyList<string> Result,
    Dr1Digests Digests)
{
    /// <summary>The bundle of a computed draw; pass no secret for the pre-reveal form.</summary>
    public static Dr1Bundle Create(Dr1Input input, Dr1Result result, string entropy, ReadOnlySpan<byte> secret)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        return new Dr1Bundle(
            Dr1Parameters.Protocol,
            input.Parameters,
            Sorted(input.Targets.Select(t => t.ToString())),
            Sorted(input.Officers.Select(o => o.ToString())),
            Sorted(input.Recusals.Select(r => r.ToString())),
            result.Commitment,
            entropy,
            secret.IsEmpty ? null : Dr1Hashes.Hex(secret),
            result.Lines,
            result.Digests);
    }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public void WriteTo(Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("protocol", Protocol);
        writer.WritePropertyName("params");
        Dr1ParametersJson.Write(writer, Parameters);
        WriteStrings(writer, "targets", Targets);
        WriteStrings(writer, "officers", Officers);
        WriteStrings(writer, "recusals", Recusals);
        writer.WriteString("commitment", Commitment);
        writer.WriteString("entropy", Entropy);
        writer.WriteString("secret", Secret);
        WriteStrings(writer, "result", Result);
        writer.WriteStartObject("digests");
        writer.WriteString("params", Digests.Params);
        writer.WriteString("targets", Digests.Targets);
        writer.WriteString("officers", Digests.Officers);
        writer.WriteString("recusals", Digests.Recusals);
        writer.WriteString("entropy", Digests.Entropy);
        writer.WriteString("result", Digests.Result);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <exception cref="Dr1BundleFormatException">Not JSON, or not shaped like a DR1 bundle.</exception>
    public static Dr1Bundle Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document);
        }
        catch (JsonException ex)
        {
            throw NotJson(ex);
        }
    }

    /// <summary>The same from UTF-8 JSON read off a stream (a posted bundle), without a copy of it as a string.</summary>
    /// <exception cref="Dr1BundleFormatException">Not JSON, or not shaped like a DR1 bundle.</exception>
    public static async Task<Dr1Bundle> ParseAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(utf8Json, default, cancellationToken);
            return Read(document);
        }
        catch (JsonException ex)
        {
            throw NotJson(ex);
        }
    }

    private static Dr1Bundle Read(JsonDocument document)
    {
        try
        {
            return Dr1BundleReader.Read(document.RootElement);
        }
        catch (FormatException ex) when (ex is not Dr1BundleFormatException)
        {
            throw new Dr1BundleFormatException(ex.Message, ex);
        }
    }

    private static Dr1BundleFormatException NotJson(JsonException ex) => new($"the bundle is not valid JSON: {ex.Message}", ex);

    private static List<string> Sorted(IEnumerable<string> leaves)
    {
        var list = leaves.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
