using System.Globalization;
using System.Text;
using DoubleRandom.Application.Common.Csv;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// The downloadable report: one line per refused cell (row, column, message), UTF-8 with BOM for spreadsheets.
/// It lists at most <see cref="ImportLimits.MaxReportedErrors"/> errors; past them it only counts, and ends with one
/// line (row and column <c>*</c>) saying how many more there were.
/// </summary>
internal sealed class ImportReport : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly int _maxListed;

    public ImportReport(string path, ImportLimits limits)
    {
        _maxListed = limits.MaxReportedErrors;
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
        _writer.Write(CsvCell.Quote(CsvCell.Neutralise(column)));
        _writer.Write(',');
        _writer.WriteLine(CsvCell.Quote(CsvCell.Neutralise(message)));
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

/// <summary>The ways every import refuses a file, each with its line in the report: nothing is written.</summary>
internal static class Rejection
{
    public static ImportOutcome Of(long rows, ImportReport report, string? encoding, string? message = null) =>
        new(ImportJobStatus.Rejected, rows, 0, 0, 0, report.Count, encoding, message);

    /// <summary>Unknown, duplicate or missing columns, or null when the header maps.</summary>
    public static ImportOutcome? Header(ColumnMap map, ImportReport report, string encoding)
    {
        map.Errors.ForEach(e => report.Add(new RowError(1, "*", e)));
        return map.Errors.Count > 0 ? Of(0, report, encoding) : null;
    }

    /// <summary>The file cannot be read on from a row (bad bytes, an over-long cell).</summary>
    public static ImportOutcome Unreadable(RosterFileException ex, long rows, ImportReport report, string encoding)
    {
        report.Add(new RowError(ex.Row, "*", ex.Message));
        return Of(rows, report, encoding, ex.Message);
    }

    /// <summary>An empty file, or a header without rows.</summary>
    public static ImportOutcome NoRows(long lines, ImportReport report, string encoding)
    {
        report.Add(new RowError(Math.Max(lines, 1), "*", lines == 0 ? ImportText.Empty : ImportText.NoRows));
        return Of(0, report, encoding);
    }
}

