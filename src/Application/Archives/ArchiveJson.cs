using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DoubleRandom.Application.Archives;

/// <summary>How the archive's JSON documents are written: as the API writes them (camelCase, enum names), indented, Chinese unescaped.</summary>
public static class ArchiveJson
{
    /// <summary>The base options: web defaults, indented, Chinese unescaped.</summary>
    public static readonly JsonSerializerOptions Documents = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions Options = new(Documents)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>An entry holding <paramref name="value"/> as JSON, serialized when the entry is written.</summary>
    public static ArchiveEntry Entry<T>(string path, T value) =>
        new(path, (stream, ct) => JsonSerializer.SerializeAsync(stream, value, Options, ct));
}
