using System.Buffers;
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
        ArgumentNullException.ThrowIfNull(json);
        return Read(new ReadOnlySequence<byte>(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    /// <summary>
    /// The same from UTF-8 JSON read off a stream (a posted bundle). The body is kept in 1 MB chunks of its own (not
    /// from the shared array pool, which would keep the largest bodies' buffers for good) while the leaves are parsed
    /// off it in one pass; the chunks are garbage as soon as this returns.
    /// </summary>
    /// <exception cref="Dr1BundleFormatException">Not JSON, or not shaped like a DR1 bundle.</exception>
    public static async Task<Dr1Bundle> ParseAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Read(await Chunk.ReadAllAsync(utf8Json, cancellationToken));
    }

    private static Dr1Bundle Read(ReadOnlySequence<byte> utf8Json)
    {
        try
        {
            return Dr1BundleReader.Read(utf8Json);
        }
        catch (JsonException ex)
        {
            throw new Dr1BundleFormatException($"the bundle is not valid JSON: {ex.Message}", ex);
        }
        catch (FormatException ex) when (ex is not Dr1BundleFormatException)
        {
            throw new Dr1BundleFormatException(ex.Message, ex);
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader.GetString() on bytes that are not UTF-8 ("Cannot transcode invalid UTF-8").
            throw new Dr1BundleFormatException($"the bundle is not valid UTF-8 JSON: {ex.Message}", ex);
        }
    }

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
