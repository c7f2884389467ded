namespace DoubleRandom.Application.Evaluation.Queries.GetEvaluationReportFile;

/// <summary>A report's document: its bytes, SHA-256 (the ETag), when it was generated, and its names (ASCII stem like <c>evaluation-report-2026</c>, Chinese like <c>2026年监管效果评估报告</c>; no extension).</summary>
public sealed record EvaluationReportDownload(byte[] Content, ReportFormat Format, string Sha256, DateTime GeneratedAtUtc, string AsciiName, string ChineseName);
