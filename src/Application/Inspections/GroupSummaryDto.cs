using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections;

/// <summary>
/// 汇总表 — one group's summary of a task (§6.3): every target of the effective group with its record, the members, the
/// SHA-256 of the content (<see cref="GroupSummaries"/> defines the canonical form) and the signatures on it.
/// </summary>
public sealed record GroupSummaryDto(
    Guid TaskId,
    string TaskName,
    int TaskYear,
    Guid DrawId,
    int GroupNumber,
    SummaryStatus Status,
    int Uninspected,
    string ContentSha256,
    IReadOnlyList<SummaryMemberDto> Members,
    IReadOnlyList<SummaryTargetDto> Targets,
    IReadOnlyList<SummarySignatureDto> Signatures);
