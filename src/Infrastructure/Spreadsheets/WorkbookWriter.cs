using System.Data;
using DoubleRandom.Application.Common.Csv;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Common.Spreadsheets;
using MiniExcelLibs;

namespace DoubleRandom.Infrastructure.Spreadsheets;

/// <summary>MiniExcel, as the roster exports: a table per sheet (so an empty sheet keeps its headers), numbers as numbers.</summary>
internal sealed class WorkbookWriter : IWorkbookWriter
{
    public byte[] Write(IReadOnlyList<Sheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var tables = sheets.Select(Table).ToList();
        try
        {
            using var stream = new MemoryStream();
            stream.SaveAs(tables.ToDictionary(t => t.TableName, object (t) => t, StringComparer.Ordinal));
            return stream.ToArray();
        }
        finally
        {
            tables.ForEach(t => t.Dispose());
        }
    }

    private static DataTable Table(Sheet sheet)
    {
        var table = new DataTable(sheet.Name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var header in sheet.Headers)
        {
            table.Columns.Add(header, typeof(object));
        }

        foreach (var row in sheet.Rows)
        {
            table.Rows.Add([.. row.Select(cell => cell is string text ? CsvCell.Neutralise(text) : cell ?? DBNull.Value)]);
        }

        return table;
    }
}
