using System.Globalization;
using System.Text;
using DoubleRandom.Infrastructure.Rosters.Export;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>The downloadable report: one line per refused cell (row, column, message), UTF-8 with BOM for spreadsheets.</summary>
internal sealed class ImportReport : IDisposable
{
    private readonly StreamWriter _writer;

    public ImportReport(string path)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
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

        _writer.Write(error.Row.ToString(CultureInfo.InvariantCulture));
        _writer.Write(',');
        _writer.Write(CsvCell.Quote(CsvCell.Neutralise(error.Column)));
        _writer.Write(',');
        _writer.WriteLine(CsvCell.Quote(CsvCell.Neutralise(error.Message)));
    }

    public void Dispose() => _writer.Dispose();
}
