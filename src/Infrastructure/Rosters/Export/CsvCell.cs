namespace DoubleRandom.Infrastructure.Rosters.Export;

/// <summary>Cell text made safe for spreadsheets.</summary>
public static class CsvCell
{
    /// <summary>
    /// Formula injection (CWE-1236): a cell starting with = + - @ (or a tab/CR that hides one) would run as a
    /// formula in Excel or WPS; a leading apostrophe makes it text.
    /// </summary>
    public static string Neutralise(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty
        : value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
