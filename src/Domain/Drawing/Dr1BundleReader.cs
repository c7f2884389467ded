using System.Buffers;
using System.Text;
using System.Text.Json;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// Reads the §10 bundle shape strictly, in one forward pass over its UTF-8 bytes; values are judged later by the
/// verifier. Target leaves, nearly all of a large bundle, are parsed straight from the bytes into
/// <see cref="TargetLeaf"/> values (no string per leaf, no document of the whole body): a 100 MB bundle becomes its
/// leaves and nothing else. Unknown top-level fields are skipped; of a repeated field the last counts.
/// </summary>
internal static class Dr1BundleReader
{
    public static Dr1Bundle Read(ReadOnlySequence<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new Dr1BundleFormatException("the bundle must be a JSON object");
        }

        var fields = new Fields();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "protocol":
                    fields.Protocol = String(ref reader, name);
                    break;
                case "params":
                    fields.Parameters = Dr1ParametersJson.Read(Element(ref reader, name));
                    break;
                case "targets":
                    fields.Targets = Targets(ref reader);
                    break;
                case "officers":
                    fields.Officers = Strings(ref reader, name);
                    break;
                case "recusals":
                    fields.Recusals = Strings(ref reader, name);
                    break;
                case "commitment":
                    fields.Commitment = String(ref reader, name);
                    break;
                case "entropy":
                    fields.Entropy = String(ref reader, name);
                    break;
                case "secret":
                    fields.SecretSeen = true;
                    fields.Secret = reader.TokenType == JsonTokenType.Null ? null : String(ref reader, name);
                    break;
                case "result":
                    fields.Result = Strings(ref reader, name);
                    break;
                case "digests":
                    fields.Digests = Digests(Element(ref reader, name));
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (!fields.SecretSeen)
        {
            throw Missing("secret", JsonValueKind.String);
        }

        return new Dr1Bundle(
            fields.Protocol ?? throw Missing("protocol", JsonValueKind.String),
            fields.Parameters ?? throw Missing("params", JsonValueKind.Object),
            fields.Targets ?? throw Missing("targets", JsonValueKind.Array),
            fields.Officers ?? throw Missing("officers", JsonValueKind.Array),
            fields.Recusals ?? throw Missing("recusals", JsonValueKind.Array),
            fields.Commitment ?? throw Missing("commitment", JsonValueKind.String),
            fields.Entropy ?? throw Missing("entropy", JsonValueKind.String),
            fields.Secret,
            fields.Result ?? throw Missing("result", JsonValueKind.Array),
            fields.Digests ?? throw Missing("digests", JsonValueKind.Object));
    }

    private static Dr1Digests Digests(JsonElement digests) => new(
        Field(digests, "params"), Field(digests, "targets"), Field(digests, "officers"), Field(digests, "recusals"),
        Field(digests, "entropy"), Field(digests, "result"));

    private static string Field(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Missing(name, JsonValueKind.String);

    /// <summary>A small object (params, digests) as an element of its own little document.</summary>
    private static JsonElement Element(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Missing(name, JsonValueKind.Object);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.Clone();
    }

    private static string String(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Missing(name, JsonValueKind.String);

    private static List<string> Strings(ref Utf8JsonReader reader, string name)
    {
        StartArray(ref reader, name);
        var values = new List<string>();
        while (NextString(ref reader, name))
        {
            values.Add(reader.GetString()!);
        }

        return values;
    }

    private static TargetLeafList Targets(ref Utf8JsonReader reader)
    {
        StartArray(ref reader, "targets");
        var parser = new TargetLeafParser();
        var leaves = new TargetLeafList();
        while (NextString(ref reader, "targets"))
        {
            if (leaves.Invalid is not null)
            {
                leaves.Count++;
                continue;
            }

            var parsed = reader.HasValueSequence || reader.ValueIsEscaped
                ? parser.TryParse(Encoding.UTF8.GetBytes(reader.GetString()!), out var leaf)
                : parser.TryParse(reader.ValueSpan, out leaf);
            leaves.Add(parsed ? leaf : null, parsed ? null : reader.GetString());
        }

        return leaves;
    }

    private static void StartArray(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Missing(name, JsonValueKind.Array);
        }
    }

    private static bool NextString(ref Utf8JsonReader reader, string name) =>
        reader.Read() && reader.TokenType != JsonTokenType.EndArray && (reader.TokenType == JsonTokenType.String
            ? true
            : throw new Dr1BundleFormatException($"the bundle field '{name}' must hold strings only"));

    private static Dr1BundleFormatException Missing(string name, JsonValueKind kind) =>
        new($"the bundle field '{name}' is missing or not {kind.ToString().ToLowerInvariant()}");

    private sealed class Fields
    {
        public string? Protocol { get; set; }

        public Dr1Parameters? Parameters { get; set; }

        public TargetLeafList? Targets { get; set; }

        public List<string>? Officers { get; set; }

        public List<string>? Recusals { get; set; }

        public string? Commitment { get; set; }

        public string? Entropy { get; set; }

        public string? Secret { get; set; }

        public bool SecretSeen { get; set; }

        public List<string>? Result { get; set; }

        public Dr1Digests? Digests { get; set; }
    }
}
