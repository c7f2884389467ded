namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>Title, period and scope in words, when it was generated (UTC; shown in Asia/Shanghai), the active model version, and the inputs' fingerprint and data digest.</summary>
public sealed record ReportHeader(
    string Title,
    string PeriodLabel,
    DateOnly From,
    DateOnly To,
    string ScopeLabel,
    DateTime GeneratedAtUtc,
    string GeneratedBy,
    int? ModelVersion,
    string Fingerprint,
    string DataDigest);
