using DoubleRandom.Domain.Evaluation;

namespace DoubleRandom.Application.Evaluation.Jobs;

/// <summary>
/// A report generation as the API shows it: period and scope, status, stage (<c>Queued</c>, <c>Reading</c>,
/// <c>Building</c>, <c>Rendering</c>, <c>Storing</c>, <c>Finished</c>) and percent done, the heartbeat, who asked and
/// when; once the facts are read the fingerprint, data digest and model version; when it reused an earlier job's
/// figures and files, that job's id; the files (format, SHA-256, size) once succeeded; a failure's code and message.
/// </summary>
public sealed record EvaluationReportJobDto(
    Guid Id,
    EvaluationReportStatus Status,
    string Stage,
    int Percent,
    DateOnly From,
    DateOnly To,
    string PeriodLabel,
    EvaluationScopeDto Scope,
    string RequestedBy,
    DateTime RequestedAtUtc,
    DateTime? StartedAtUtc,
    DateTime? FinishedAtUtc,
    DateTime? HeartbeatAtUtc,
    bool CancelRequested,
    string? Fingerprint,
    string? DataDigest,
    int? ModelVersion,
    Guid? ReusedFromId,
    IReadOnlyList<EvaluationReportFileDto> Files,
    string? ErrorCode,
    string? ErrorMessage);
