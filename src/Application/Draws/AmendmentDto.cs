using DoubleRandom.Domain.Draws;

namespace DoubleRandom.Application.Draws;

public sealed record AmendmentDto(
    Guid Id, Guid DrawId, string ResultDigest, AmendmentKind Kind, AmendmentReason Reason, string? Note, int GroupNumber, Guid? OfficerId,
    Guid? ReplacementOfficerId, string? TargetCode, AmendmentStatus Status, string RequestedBy, string? DecidedBy, DateTime? DecidedAtUtc)
{
    public static AmendmentDto From(DrawAmendment a) => new(
        a.Id, a.DrawId, a.ResultDigest, a.Kind, a.Reason, a.Note, a.GroupNumber, a.OfficerId, a.ReplacementOfficerId, a.TargetCode, a.Status,
        a.RequestedBy, a.DecidedBy, a.DecidedAtUtc);
}
