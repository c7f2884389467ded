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

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = day;
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

        if (EnumNames<T>.Get(chinese, aliases).TryGetValue(text, out var found))
        {
            value = found;
            return true;
        }

        return false;
    }

    /// <summary>Every accepted spelling of an enum, built once per type: a million rows make one lookup each.</summary>
    private static class EnumNames<T>
        where T : struct, Enum
    {
        private static Dictionary<string, T>? _names;

        public static Dictionary<string, T> Get(Func<T, string> chinese, (string Alias, T Value)[] aliases)
        {
            if (_names is { } names)
            {
                return names;
            }

            names = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
            foreach (var v in Enum.GetValues<T>())
            {
                var english = v.ToString();
                names[english] = v;
                names[chinese(v)] = v;
                // "IndividualBusiness" is also accepted as "individual business", "individual_business", "individual-business".
                var spaced = string.Concat(english.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + c : c.ToString()));
                names[spaced] = v;
                names[spaced.Replace(' ', '_')] = v;
                names[spaced.Replace(' ', '-')] = v;
            }

            foreach (var (alias, v) in aliases)
            {
                names[alias] = v;
            }

            return _names = names;
        }
    }

    public static string Allowed<T>(Func<T, string> chinese)
        where T : struct, Enum =>
        string.Join("、", Enum.GetValues<T>().Select(v => $"{chinese(v)}/{JsonName(v.ToString())}"));

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
