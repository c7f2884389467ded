namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>An upload opened by <see cref="IRosterRowReader"/>: its rows streamed one at a time, row 1 the header.</summary>
/// <param name="EncodingName">The encoding the file was read in (utf-8, gb18030 or xlsx), as the job records it.</param>
/// <param name="EstimatedDataRows">Data rows, estimated from the file's size before reading it (null when unknown: XLSX).</param>
/// <param name="Rows">
/// The rows, read lazily; a file that cannot be read on (bad bytes, a limit passed) stops with a <see cref="RosterFileException"/>.
/// </param>
/// <param name="Progress">How far the read has come, for the progress a poll shows.</param>
public sealed record RosterFile(string EncodingName, long? EstimatedDataRows, IEnumerable<string[]> Rows, ReadProgress Progress)
{
    /// <summary>A row of empty or blank cells (a spreadsheet's leftover line) is skipped.</summary>
    public static bool IsBlank(string[] cells)
    {
        foreach (var cell in cells)
        {
            if (!string.IsNullOrWhiteSpace(cell))
            {
                return false;
            }
        }

        return true;
    }
}
