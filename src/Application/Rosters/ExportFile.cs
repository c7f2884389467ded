namespace DoubleRandom.Application.Rosters;

/// <summary>A written export: a temporary file the API streams and then deletes.</summary>
public sealed record ExportFile(string Path, string ContentType, string FileName);
