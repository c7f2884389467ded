namespace DoubleRandom.Application.Draws.Queries.ExportDrawResult;

/// <summary>The XLSX bytes, with what the download is named after.</summary>
public sealed record DrawResultWorkbook(byte[] Content, string TaskName, DateOnly DrawDate);
