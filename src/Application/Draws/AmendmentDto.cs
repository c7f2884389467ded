using DoubleRandom.Domain.Draws;

namespace DoubleRandom.Application.Draws;

public sealed record AmendmentDto(
    Guid Id, Guid DrawId, string ResultDigest, AmendmentKind Kind, AmendmentReason Reason, string? Note, int GroupNumber, Guid? OfficerId,
    Guid? ReplacementOfficerId, string? TargetCode, AmendmentStatus Status, string RequestedBy, string? DecidedBy, DateTime? DecidedAtUtc);
