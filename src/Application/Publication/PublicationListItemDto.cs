using DoubleRandom.Domain.Publication;

namespace DoubleRandom.Application.Publication;

/// <summary>One closed task in the publication list (<see cref="TaskPublicationDto"/> without the blockers, which the task's own GET computes).</summary>
public sealed record PublicationListItemDto(
    Guid TaskId,
    string TaskName,
    int Year,
    PublicationState State,
    DateOnly CompletedOn,
    DateOnly DeadlineOn,
    int? WorkingDaysLeft,
    DateTime? PublishedAtUtc,
    string? PublishedBy,
    int? ResultCount);
