namespace DoubleRandom.Application.Archives.Sections;

/// <summary>
/// The facts of a task's publication (一公开) as the archive keeps them: completion date, deadline, when and by whom
/// published, the row count and SHA-256 of the rows as published, and the target an approved correction last refreshed.
/// </summary>
public sealed record ArchivedPublication(
    Guid TaskId,
    DateOnly CompletedOn,
    DateOnly DeadlineOn,
    DateTime PublishedAtUtc,
    string PublishedBy,
    bool Late,
    int ResultCount,
    string ResultsSha256,
    string? RefreshedTargetCode,
    DateOnly? RefreshedOn);
