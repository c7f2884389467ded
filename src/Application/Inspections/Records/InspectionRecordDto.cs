using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections.Records;

/// <summary>
/// One inspection record (检查记录): the visit of one target for one task, a result per item of the task, the target's
/// acknowledgement. <see cref="Version"/> rises with every change (the ETag is built from it). <see cref="ContentVersion"/>
/// is the version of the results (§7.2): 1 until an approved correction changes a final record, then 2, 3…;
/// <see cref="CorrectedAtUtc"/> is when the last one did (null: never corrected; the versions are listed by
/// <c>GET /inspection-records/{id}/versions</c>).
/// </summary>
public sealed record InspectionRecordDto(
    Guid Id,
    Guid TaskId,
    Guid DrawId,
    int GroupNumber,
    string TargetCode,
    string TargetName,
    InspectionMethod Method,
    DateTime StartedAtUtc,
    DateTime FinishedAtUtc,
    string? Place,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<ItemResultDto> Items,
    AcknowledgementDto Acknowledgement,
    string RecordedBy,
    DateTime RecordedAtUtc,
    string UpdatedBy,
    DateTime UpdatedAtUtc,
    int Version,
    int ContentVersion,
    DateTime? CorrectedAtUtc)
{
    /// <summary>
    /// The evidence of the record's (task, target), oldest first — filled by <c>GET /inspection-records/{id}</c> and in the
    /// answers of writes, which show the record as that GET does (null in lists; <c>GET /tasks/{taskId}/targets/{code}/evidence</c>
    /// lists it too).
    /// </summary>
    public IReadOnlyList<Evidence.EvidenceDto>? Evidence { get; init; }
}
