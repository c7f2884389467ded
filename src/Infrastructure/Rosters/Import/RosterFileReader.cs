using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>A file-level fault: the file cannot be read on from this row.</summary>
public sealed class RosterFileException(long row, string message) : Exception(message)
{
    public long Row { get; } = row;
}

/// <summary>
/// Streams the rows of a CSV (UTF-8 with or without BOM, or GB18030/GBK) or XLSX file as strings, one row at a
/// time; row 1 is the header, so row numbers match what a spreadsheet shows.
/// </summary>
public static class RosterFileReader
{
    /// <summary>A generous bound for one cell: a 10 MB cell is a mistake, not data.</summary>
    public const int MaxCellLength = 32_768;

    public static bool IsXlsx(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[4];
        return stream.Read(head) == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    public static IEnumerable<string[]> ReadRows(string path, Encoding encoding) =>
        IsXlsx(path) ? ReadXlsx(path) : ReadCsv(path, encoding);

    private static IEnumerable<string[]> ReadCsv(string path, Encoding encoding)
    {
        // A small decode buffer keeps the row of a decoding error close to the row that holds the bad bytes.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1024);
        var parser = new CsvRecordParser(reader, MaxCellLength);
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
                throw new RosterFileException(row + 1, ImportText.CellTooLong(MaxCellLength));
            }

            if (record is null)
            {
                yield break;
            }

            row++;
            if (row == 1 && record.Length > 0)
            {
                record[0] = record[0].TrimStart('\uFEFF');
            }

            yield return record;
        }
    }

    private static IEnumerable<string[]> ReadXlsx(string path)
    {
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
            var cells = enumerator.Current.Values.Select(Cell).ToArray();
            if (cells.Any(c => c.Length > MaxCellLength))
            {
                throw new RosterFileException(row, ImportText.CellTooLong(MaxCellLength));
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
