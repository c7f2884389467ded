using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>
/// The bounds of one import (section <c>Imports</c>): what a file may ask of the service's memory, CPU and disk.
/// A file beyond one is refused at upload when its headers already say so, otherwise its job is <c>rejected</c>
/// with a message naming the limit; nothing is written either way.
/// </summary>
public sealed class ImportLimits
{
    public const string SectionName = "Imports";

    /// <summary>Rows after the header, blank ones included; a larger file is split by the user.</summary>
    [Range(1, long.MaxValue)]
    public long MaxRows { get; set; } = 2_000_000;

    /// <summary>Characters of one cell (and of one XLSX shared string).</summary>
    [Range(1, int.MaxValue)]
    public int MaxCellChars { get; set; } = 32_768;

    /// <summary>Bytes of an XLSX once inflated: every part together, counted while inflating (the zip's headers are not trusted).</summary>
    [Range(1, long.MaxValue)]
    public long MaxXlsxUncompressedBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Bytes of text in an XLSX's shared-string table, every string together.</summary>
    [Range(1, long.MaxValue)]
    public long MaxSharedStringsBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>
    /// Lines of the error report; past them the report only counts, and ends with one line saying how many more. With
    /// each message cut at <see cref="ImportReport.MaxMessageChars"/>, the report stays within a few MB.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxReportedErrors { get; set; } = 10_000;
}
