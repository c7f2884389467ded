using DoubleRandom.Domain.Inspections.FollowUps;

namespace DoubleRandom.Application.Inspections.FollowUps;

/// <summary>
/// A follow-up with its whole history (at most four steps). <see cref="Overdue"/>: the deadline (an Asia/Shanghai
/// day) has passed while it is still handed over or in progress.
/// </summary>
public sealed record FollowUpDto(
    Guid Id,
    Guid TaskId,
    Guid RecordId,
    string TargetCode,
    string TargetName,
    Guid ItemId,
    string ItemName,
    string ResultCategoryCode,
    string? Findings,
    Guid SupervisingUnitId,
    string SupervisingUnitName,
    DateOnly Deadline,
    FollowUpStatus Status,
    bool Overdue,
    string HandedOverBy,
    DateTime HandedOverAtUtc,
    DateTime? ClosedAtUtc,
    IReadOnlyList<FollowUpEventDto> History,
    DateTime UpdatedAtUtc,
    int Version);
