using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Inspections.Evidence;

/// <summary>A piece of evidence as clients see it (the content is at <c>/inspection-evidence/{id}/content</c>).</summary>
public sealed record EvidenceDto(
    Guid Id, Guid TaskId, string TargetCode, EvidenceKind Kind, string FileName, string ContentType, long Size, string Sha256,
    string UploadedBy, DateTime UploadedAtUtc, DateTime? CapturedAtUtc, double? Latitude, double? Longitude)
{
    public static EvidenceDto From(InspectionEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.TaskId, e.TargetCode, e.Kind, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedBy, e.UploadedAtUtc,
            e.CapturedAtUtc, e.Latitude, e.Longitude);
    }
}
