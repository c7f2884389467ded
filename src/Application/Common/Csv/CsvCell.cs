namespace DoubleRandom.Application.Common.Csv;

/// <summary>Cell text made safe for spreadsheets: the one place for every CSV the service writes (exports, import
/// reports, the audit export, demo files) — <see cref="Cell"/> for a CSV cell, <see cref="Neutralise"/> alone for an
/// XLSX cell — and for undoing it when such a file is imported again (<see cref="Restore"/>).</summary>
public static class CsvCell
{
    /// <summary>
    /// Formula injection (CWE-1236): a cell starting with = + - @ (or a tab/CR that hides one) would run as a
    /// formula in Excel or WPS; a leading apostrophe makes it text.
    /// </summary>
    public static string Neutralise(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty
        : IsFormulaSign(value[0]) || value[0] is '\t' or '\r' ? "'" + value : value;

    /// <summary>
    /// A cell read back (an import of our own export): the apostrophe <see cref="Neutralise"/> put before = + - @
    /// only marks the cell as text, as a spreadsheet reads it, so it is dropped. Any other leading apostrophe is data.
    /// </summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == '\'' && IsFormulaSign(value[1]) ? value[1..] : value;

    /// <summary>A CSV cell (RFC 4180): neutralised, then quoted where needed.</summary>
    public static string Cell(string? value) => Quote(Neutralise(value));

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static bool IsFormulaSign(char c) => c is '=' or '+' or '-' or '@';
}
