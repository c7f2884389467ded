namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport;

/// <summary>A file-level fault: the file cannot be read on from this row.</summary>
public sealed class RosterFileException(long row, string message) : Exception(message)
{
    public long Row { get; } = row;
}
