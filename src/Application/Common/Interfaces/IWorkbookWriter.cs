using DoubleRandom.Application.Common.Spreadsheets;

namespace DoubleRandom.Application.Common.Interfaces;

/// <summary>Port: writes small workbooks (a draw's result, a capped history) as XLSX in memory.</summary>
public interface IWorkbookWriter
{
    /// <summary>The sheets in order, each with its header row even when it has no rows; text cells neutralised.</summary>
    byte[] Write(IReadOnlyList<Sheet> sheets);
}
