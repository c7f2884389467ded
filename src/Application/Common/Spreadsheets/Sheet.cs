namespace DoubleRandom.Application.Common.Spreadsheets;

/// <summary>
/// One sheet of a workbook: its name, its header row and its rows (a cell is text, a number, or null for empty).
/// Text cells are neutralised against formula injection when written (<see cref="Csv.CsvCell.Neutralise"/>).
/// </summary>
public sealed record Sheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
