namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

/// <summary>A column of an import file: its key, the header names accepted (Chinese or English), whether it must be present.</summary>
public sealed record RosterColumn(string Key, bool Required, params string[] Headers);
