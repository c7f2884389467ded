using System.Text;
using System.Text.Json;

namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// JSON form of P. Written with keys sorted, no whitespace and integers only, which for the
/// restricted strings of P is exactly RFC 8785 (JCS), so one writer serves the bundle and the digest.
/// </summary>
public static class Dr1ParametersJson
{
    private static readonly string[] Keys =
    [
        "allocation", "drawId", "groups", "minCertifiedPerGroup", "officersPerGroup", "protocol",
        "requiredDepartments", "targetsPerGroup", "taskId",
    ];

    public static string Canonical(Dr1Parameters parameters)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, parameters);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, Dr1Parameters parameters)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(parameters);
        writer.WriteStartObject();
        writer.WriteStartObject("allocation");
        foreach (var key in parameters.StratumKeys())
        {
            var allocation = parameters.Allocation[key];
            writer.WriteStartObject(key);
            if (allocation.Count is { } count)
            {
                writer.WriteNumber("count", count);
            }

            if (allocation.RatioBp is { } ratio)
            {
                writer.WriteNumber("ratioBp", ratio);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteString("drawId", parameters.DrawId);
        writer.WriteNumber("groups", parameters.Groups);
        writer.WriteNumber("minCertifiedPerGroup", parameters.MinCertifiedPerGroup);
        writer.WriteNumber("officersPerGroup", parameters.OfficersPerGroup);
        writer.WriteString("protocol", Dr1Parameters.Protocol);
        writer.WriteStartArray("requiredDepartments");
        foreach (var department in parameters.RequiredDepartments)
        {
            writer.WriteStringValue(department);
        }

        writer.WriteEndArray();
        writer.WriteNumber("targetsPerGroup", parameters.TargetsPerGroup);
        writer.WriteString("taskId", parameters.TaskId);
        writer.WriteEndObject();
    }

    /// <summary>Reads P strictly: every key required, no unknown key, protocol DR1.</summary>
    /// <exception cref="FormatException">The element is not a DR1 parameter object.</exception>
    public static Dr1Parameters Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("params must be an object");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(Keys, property.Name) < 0)
            {
                throw new FormatException($"params has an unknown field '{property.Name}'");
            }
        }

        if (String(element, "protocol") != Dr1Parameters.Protocol)
        {
            throw new FormatException("params.protocol must be DR1");
        }

        var allocation = new Dictionary<string, StratumAllocation>(StringComparer.Ordinal);
        foreach (var stratum in Required(element, "allocation", JsonValueKind.Object).EnumerateObject())
        {
            allocation.Add(stratum.Name, ReadAllocation(stratum));
        }

        var departments = Required(element, "requiredDepartments", JsonValueKind.Array)
            .EnumerateArray()
            .Select(d => d.ValueKind == JsonValueKind.String
                ? d.GetString()!
                : throw new FormatException("params.requiredDepartments must hold strings"))
            .ToList();
        return new Dr1Parameters(
            String(element, "taskId"),
            String(element, "drawId"),
            allocation,
            Integer(element, "groups"),
            Integer(element, "officersPerGroup"),
            Integer(element, "targetsPerGroup"),
            Integer(element, "minCertifiedPerGroup"),
            departments);
    }

    private static StratumAllocation ReadAllocation(JsonProperty stratum)
    {
        var field = $"allocation.{stratum.Name}";
        if (stratum.Value.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"params.{field} must be an object");
        }

        int? ratio = null, count = null;
        foreach (var property in stratum.Value.EnumerateObject())
        {
            switch (property.Name)
            {
                case "ratioBp" when ratio is null:
                    ratio = Integer(stratum.Value, "ratioBp");
                    break;
                case "count" when count is null:
                    count = Integer(stratum.Value, "count");
                    break;
                default:
                    throw new FormatException($"params.{field} has an unexpected field '{property.Name}'");
            }
        }

        return new StratumAllocation(ratio, count);
    }

    private static JsonElement Required(JsonElement element, string name, JsonValueKind kind) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == kind
            ? value
            : throw new FormatException($"params.{name} is missing or not {kind.ToString().ToLowerInvariant()}");

    private static string String(JsonElement element, string name) =>
        Required(element, name, JsonValueKind.String).GetString()!;

    private static int Integer(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt32(out var number)
            ? number
            : throw new FormatException($"params.{name} is missing or not a 32-bit integer");
}
