namespace DoubleRandom.Application.Common.Csv;

/// <summary>Cell text made safe for spreadsheets: the one place for every CSV the service writes (exports, import
/// reports, the audit export, demo files).</summary>
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

    /// <summary>A CSV cell (RFC 4180): neutralised, then quoted where needed.</summary>
    public static string Cell(string? value) => Quote(Neutralise(value));
}
