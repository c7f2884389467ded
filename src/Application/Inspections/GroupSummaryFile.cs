namespace DoubleRandom.Application.Inspections;

/// <summary>An exported summary and what its download is named after.</summary>
public sealed record GroupSummaryFile(string TaskName, int GroupNumber, byte[] Content);
