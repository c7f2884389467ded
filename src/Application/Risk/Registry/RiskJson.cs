using System.Text.Json;

namespace DoubleRandom.Application.Risk.Registry;

/// <summary>How the registry keeps its JSON members (metrics, hyper-parameters, features, job parameters): camelCase.</summary>
public static class RiskJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException("A registry JSON member is null.");
}
