using System.Globalization;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>Cell text → typed value. Enum cells accept the Chinese name or the English name in any case.</summary>
public static class CellParsers
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyyMMdd", "yyyy.M.d", "yyyy-MM-ddTHH:mm:ss"];

    private static readonly char[] ListSeparators = [';', '；', ',', '，', '、', '|'];

    public static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }

        return false;
    }

    public static bool TryDecimal(string? text, out decimal? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var parsed))
        {
            value = decimal.Round(parsed, 4);
            return true;
        }

        return false;
    }

    public static bool TryInt(string? text, out int? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        // XLSX numbers arrive as doubles ("3" or "3.0").
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue)
        {
            value = (int)d;
            return true;
        }

        return false;
    }

    public static bool TryBool(string? text, out bool value)
    {
        value = text is "是" or "1" || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "yes", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "y", StringComparison.OrdinalIgnoreCase);
        return text is null || value || text is "否" or "0" || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, "no", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "n", StringComparison.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool TryEnum<T>(string? text, Func<T, string> chinese, out T? value, params (string Alias, T Value)[] aliases)
        where T : struct, Enum
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), compact, StringComparison.OrdinalIgnoreCase) || chinese(candidate) == text)
            {
                value = candidate;
                return true;
            }
        }

        foreach (var (alias, aliased) in aliases)
        {
            if (alias == text)
            {
                value = aliased;
                return true;
            }
        }

        return false;
    }

    public static string Allowed<T>(Func<T, string> chinese)
        where T : struct, Enum =>
        string.Join("、", Enum.GetValues<T>().Select(v => $"{chinese(v)}/{JsonName(v.ToString())}"));

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
