using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Inspections;

/// <summary>
/// A photo, recording, video or document taken at an inspection, kept with the (task, target) of an assignment — not
/// with a record, so it can be uploaded before the record is written. The file is stored by its SHA-256; its type is
/// judged from its bytes, never from its name or the declared type.
/// </summary>
public sealed class InspectionEvidence : Entity, ITaskOwned
{
    public const int FileNameMaxLength = 255;

    public const int TargetCodeMaxLength = 64;

    private InspectionEvidence()
    {
    }

    public Guid TaskId { get; private set; }

    Guid ITaskOwned.OwningTaskId => TaskId;

    public string TargetCode { get; private set; } = string.Empty;

    public EvidenceKind Kind { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public string UploadedBy { get; private set; } = string.Empty;

    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>When the phone says the file was taken, if it says.</summary>
    public DateTime? CapturedAtUtc { get; private set; }

    /// <summary>WGS-84 latitude where it was taken, if known.</summary>
    public double? Latitude { get; private set; }

    /// <summary>WGS-84 longitude where it was taken, if known.</summary>
    public double? Longitude { get; private set; }

    public static InspectionEvidence Create(
        Guid taskId, string targetCode, EvidenceKind kind, StoredEvidenceFile file, string uploadedBy, DateTime uploadedAtUtc, EvidenceCapture capture)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(capture);
        return new()
        {
            TaskId = taskId, TargetCode = targetCode, Kind = kind, FileName = file.FileName, ContentType = file.ContentType, Size = file.Size,
            Sha256 = file.Sha256, UploadedBy = uploadedBy, UploadedAtUtc = uploadedAtUtc, CapturedAtUtc = capture.CapturedAtUtc,
            Latitude = capture.Latitude, Longitude = capture.Longitude,
        };
    }
}
