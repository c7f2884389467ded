using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>The ways every import refuses a file, each with its line in the report: nothing is written.</summary>
public static class Rejection
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
