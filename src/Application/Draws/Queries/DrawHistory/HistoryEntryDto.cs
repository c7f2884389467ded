namespace DoubleRandom.Application.Draws.Queries.DrawHistory;

public sealed record HistoryEntryDto(
    Guid DrawId, Guid TaskId, string TaskName, int Year, DateOnly DrawDate, string? ResultDigest, DrawGroupDto Group,
    IReadOnlyList<AttachmentDto> Attachments);
