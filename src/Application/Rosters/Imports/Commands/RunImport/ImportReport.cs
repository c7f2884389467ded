using System.Globalization;
using System.Text;
using DoubleRandom.Application.Common.Csv;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>
/// The downloadable report: one line per refused cell (row, column, message), UTF-8 with BOM for spreadsheets.
/// It lists at most <see cref="ImportLimits.MaxReportedErrors"/> errors; past them it only counts, and ends with one
/// line (row and column <c>*</c>) saying how many more there were.
/// </summary>
public sealed class ImportReport : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly int _maxListed;

    /// <param name="stream">Where the report goes (<see cref="IImportFileStore.CreateReport"/>); disposed with the report.</param>
    public ImportReport(Stream stream, ImportLimits limits)
    {
        _maxListed = limits.MaxReportedErrors;
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        _writer.WriteLine("row,column,message");
    }

    private long _lastRow = -1;

    public long Count { get; private set; }

    /// <summary>How many distinct rows had at least one error (errors of a row are added together).</summary>
    public long ErrorRows { get; private set; }

    public void Add(RowError error)
    {
        Count++;
        if (error.Row != _lastRow)
        {
            ErrorRows++;
            _lastRow = error.Row;
        }

        if (Count <= _maxListed)
        {
            Write(error.Row.ToString(CultureInfo.InvariantCulture), error.Column, error.Message);
        }
    }

    /// <summary>A message quoting a cell (an unknown unit, say) is cut here, so one line stays short whatever the file holds.</summary>
    public const int MaxMessageChars = 300;

    private void Write(string row, string column, string message)
    {
        if (message.Length > MaxMessageChars)
        {
            message = string.Concat(message.AsSpan(0, MaxMessageChars), "…");
        }

        _writer.Write(row);
        _writer.Write(',');
        _writer.Write(CsvCell.Cell(column));
        _writer.Write(',');
        _writer.WriteLine(CsvCell.Cell(message));
    }

    public void Dispose()
    {
        if (Count > _maxListed)
        {
            Write("*", "*", ImportText.MoreErrors(Count - _maxListed, _maxListed));
        }

        _writer.Dispose();
    }
}
