using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Json;
using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Api.Requests;

/// <summary>
/// Enum query values as JSON writes them (camelCase, e.g. <c>kind=individualBusiness</c>), in any case.
/// Minimal APIs bind enums case-sensitively by .NET name, which would refuse the names our JSON uses.
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

        var allowed = EnumWire.Join<T>(", ");
        throw RequestValidationException.ForField(field, CommonTexts.InvalidValue(allowed));
    }
}
