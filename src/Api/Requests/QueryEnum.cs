using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Json;
using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Api.Requests;

/// <summary>
/// Enum query values as JSON writes them (camelCase, e.g. <c>kind=individualBusiness</c>), in any case.
/// Minimal APIs bind enums case-sensitively by .NET name, which would refuse the names our JSON uses (also a wire name
/// given by <c>JsonStringEnumMemberName</c>, e.g. <c>encoding=utf-8</c>).
/// </summary>
internal static class QueryEnum
{
    public static T? Parse<T>(string? value, string field)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // One defined name only: Enum.TryParse would OR a comma list ("leave,transferred") into another value.
        if (!value.Contains(',', StringComparison.Ordinal)
            && !int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _)
            && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        // A value whose wire name is not its .NET name (utf-8 for Utf8).
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(EnumWire.Name(candidate), value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        var allowed = EnumWire.Join<T>(", ");
        throw RequestValidationException.ForField(field, CommonTexts.InvalidValue(allowed));
    }
}
