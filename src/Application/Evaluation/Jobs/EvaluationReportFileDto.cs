namespace DoubleRandom.Application.Evaluation.Jobs;

/// <summary>One stored document of a report: <c>pdf</c> or <c>html</c>, its SHA-256 (hex) and size in bytes.</summary>
public sealed record EvaluationReportFileDto(string Format, string Sha256, long Size);
