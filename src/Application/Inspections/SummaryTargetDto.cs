using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections;

/// <summary>
/// One target of the group in the summary. Without a record (<see cref="Inspected"/> false, printed 未检查) the visit's
/// fields are null and <see cref="Items"/> is empty.
/// </summary>
public sealed record SummaryTargetDto(
    string Code,
    string Name,
    string? Address,
    bool Inspected,
    Guid? RecordId,
    InspectionMethod? Method,
    DateTime? StartedAtUtc,
    DateTime? FinishedAtUtc,
    string? Place,
    AcknowledgementKind Acknowledgement,
    IReadOnlyList<SummaryItemDto> Items);
