using DoubleRandom.Domain.Publication;

namespace DoubleRandom.Application.Publication;

/// <summary>
/// A task's publication (一公开): its completion date (the Asia/Shanghai date it was closed), the deadline (the 20th
/// working day after), working days left (negative once overdue; null when published or not completed), the state, the
/// groups whose summary is not signed off (what blocks publishing), and once published when, by whom and how many rows.
/// </summary>
public sealed record TaskPublicationDto(
    Guid TaskId,
    string TaskName,
    int Year,
    PublicationState State,
    DateOnly? CompletedOn,
    DateOnly? DeadlineOn,
    int? WorkingDaysLeft,
    IReadOnlyList<int> Blockers,
    DateTime? PublishedAtUtc,
    string? PublishedBy,
    int? ResultCount,
    IReadOnlyList<int> MissingCalendarYears,
    string? Warning);
