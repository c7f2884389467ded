using System.Globalization;
using DoubleRandom.Application.Common.Json;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

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

        if (TryIsoDate(text) is { } day)
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

    /// <summary><c>yyyy-MM-dd</c> exactly, without the culture machinery: most dates of a file are written so.</summary>
    private static DateOnly? TryIsoDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return null;
        }

        var year = Digits(text, 0, 4);
        var month = Digits(text, 5, 2);
        var day = Digits(text, 8, 2);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits, or -1.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
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
        string.Join("、", Enum.GetValues<T>().Select(v => $"{chinese(v)}/{EnumWire.Name(v)}"));
}
