using System.Text.Json;

namespace DoubleRandom.Domain.Drawing;

/// <summary>Reads the §10 bundle shape strictly; values are judged later by the verifier.</summary>
internal static class Dr1BundleReader
{
    public static Dr1Bundle Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new Dr1BundleFormatException("the bundle must be a JSON object");
        }

        var digests = Field(root, "digests", JsonValueKind.Object);
        var secret = root.TryGetProperty("secret", out var s) && s.ValueKind == JsonValueKind.Null
            ? null
            : String(root, "secret");
        return new Dr1Bundle(
            String(root, "protocol"),
            Dr1ParametersJson.Read(Field(root, "params", JsonValueKind.Object)),
            Strings(root, "targets"),
            Strings(root, "officers"),
            Strings(root, "recusals"),
            String(root, "commitment"),
            String(root, "entropy"),
            secret,
            Strings(root, "result"),
            new Dr1Digests(
                String(digests, "params"),
                String(digests, "targets"),
                String(digests, "officers"),
                String(digests, "recusals"),
                String(digests, "entropy"),
                String(digests, "result")));
    }

    private static JsonElement Field(JsonElement element, string name, JsonValueKind kind) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == kind
            ? value
            : throw new Dr1BundleFormatException($"the bundle field '{name}' is missing or not {kind.ToString().ToLowerInvariant()}");

    private static string String(JsonElement element, string name) =>
        Field(element, name, JsonValueKind.String).GetString()!;

    private static List<string> Strings(JsonElement element, string name) =>
    [
        .. Field(element, name, JsonValueKind.Array).EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String
            ? e.GetString()!
            : throw new Dr1BundleFormatException($"the bundle field '{name}' must hold strings only")),
    ];
}
