using DoubleRandom.Application.Inspections.Records;
using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections.Corrections;

/// <summary>
/// A correction of a final record (更正, §7.2): the complete proposed results, why, who asked, the supervising unit whose
/// leaders decide, and the decision. <see cref="RecordVersion"/> is the record's version it was asked against (a record
/// changed since cannot take it); <see cref="ResultingVersion"/> the record's content version it produced when approved.
/// </summary>
public sealed record CorrectionDto(
    Guid Id,
    Guid RecordId,
    Guid TaskId,
    int GroupNumber,
    string TargetCode,
    int RecordVersion,
    int CorrectsVersion,
    IReadOnlyList<ItemResultDto> Items,
    string Reason,
    string RequestedBy,
    DateTime RequestedAtUtc,
    Guid SupervisingUnitId,
    CorrectionStatus Status,
    string? DecisionNote,
    string? DecidedBy,
    DateTime? DecidedAtUtc,
    int? ResultingVersion,
    int Version);
