using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Recusals;

public sealed record RecusalDto(
    Guid Id, Guid OfficerId, string TargetCode, RecusalReason Reason, string? Note, DateOnly ValidFrom, DateOnly? ValidTo,
    string RecordedBy, int Version, DateTime CreatedAtUtc, DateTime UpdatedAtUtc, string UpdatedBy);
