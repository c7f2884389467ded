namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

/// <summary>A refused cell: the row (as a spreadsheet numbers it), the column header, why.</summary>
public sealed record RowError(long Row, string Column, string Message);
