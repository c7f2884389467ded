using System.Globalization;
using System.Text;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using MiniExcelLibs;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// Streams the rows of a CSV (UTF-8 with or without BOM, or GB18030/GBK) or XLSX file as strings, one row at a
/// time; row 1 is the header, so row numbers match what a spreadsheet shows.
/// </summary>
public static class RosterFileReader
{
    public static bool IsXlsx(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[4];
        return stream.Read(head) == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /// <summary>The rows of the file, within <paramref name="limits"/>: a file past one stops with a <see cref="RosterFileException"/> naming it.</summary>
    /// <param name="headerOnly">
    /// Only the header will be read (the upload's probe): an XLSX is checked as far as reading its header needs,
    /// not to its last row.
    /// </param>
    public static IEnumerable<string[]> ReadRows(string path, Encoding encoding, ImportLimits limits, ReadProgress? progress = null, bool headerOnly = false) =>
        IsXlsx(path) ? ReadXlsx(path, limits, headerOnly) : ReadCsv(path, encoding, limits, progress);

    private static IEnumerable<string[]> ReadCsv(string path, Encoding encoding, ImportLimits limits, ReadProgress? progress)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        progress?.Start(file.Length);
        using var parser = new CsvRecordParser(file, encoding, limits.MaxCellChars);
        long row = 0;
        while (true)
        {
            string[]? record;
            try
            {
                record = parser.Read();
            }
            catch (DecoderFallbackException)
            {
                throw new RosterFileException(row + 1, ImportText.NotDecodable(encoding));
            }
            catch (CsvCellTooLongException)
            {
                throw new RosterFileException(row + 1, ImportText.CellTooLong(limits.MaxCellChars));
            }
            catch (CsvRecordTooLongException)
            {
                throw new RosterFileException(row + 1, ImportText.RowTooLong(CsvRecordParser.MaxRecordLength));
            }

            if (record is null)
            {
                yield break;
            }

            row++;
            CheckRowCount(row, limits);
            if (row == 1 && record.Length > 0)
            {
                record[0] = record[0].TrimStart('\uFEFF');
            }

            progress?.Update(parser.BytesRead);
            yield return record;
        }
    }

    /// <summary>Row 1 is the header, so a file may hold <see cref="ImportLimits.MaxRows"/> + 1 rows.</summary>
    private static void CheckRowCount(long row, ImportLimits limits)
    {
        if (row > limits.MaxRows + 1)
        {
            throw new RosterFileException(row, ImportText.TooManyRows(limits.MaxRows));
        }
    }

    private static IEnumerable<string[]> ReadXlsx(string path, ImportLimits limits, bool headerOnly)
    {
        // Before MiniExcel opens it: MiniExcel holds shared strings and cells whole, and inflates whatever the zip holds.
        XlsxGuard.Check(path, limits, wholeSheets: !headerOnly);
        IEnumerable<IDictionary<string, object?>> rows;
        try
        {
            rows = MiniExcel.Query(path, useHeaderRow: false).Cast<IDictionary<string, object?>>();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new RosterFileException(1, ImportText.NotASpreadsheet);
        }

        using var enumerator = rows.GetEnumerator();
        long row = 0;
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
            {
                throw new RosterFileException(row + 1, ImportText.NotASpreadsheet);
            }

            row++;
            CheckRowCount(row, limits);
            var cells = enumerator.Current.Values.Select(Cell).ToArray();
            if (cells.Any(c => c.Length > limits.MaxCellChars))
            {
                throw new RosterFileException(row, ImportText.CellTooLong(limits.MaxCellChars));
            }

            yield return cells;
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("s", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
