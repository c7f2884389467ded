using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DoubleRandom.Application.Common.Json;

/// <summary>
/// How an enum value travels in JSON, as the API's <see cref="JsonStringEnumConverter"/> (camelCase policy) writes it:
/// the name given by <see cref="JsonStringEnumMemberNameAttribute"/>, else the camelCase member name. Lists of allowed
/// values and the reference endpoint use this, so they spell values exactly as requests and responses do.
/// </summary>
public static class EnumWire
{
    public static string Name<T>(T value)
        where T : struct, Enum => Names<T>.Of[value];

    /// <summary>Every value's wire name, in declaration order, separated by <paramref name="separator"/>.</summary>
    public static string Join<T>(string separator)
        where T : struct, Enum => string.Join(separator, Enum.GetValues<T>().Select(Name));

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Of = Enum.GetValues<T>().ToDictionary(
            v => v,
            v => typeof(T).GetField(v.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));
    }
}
