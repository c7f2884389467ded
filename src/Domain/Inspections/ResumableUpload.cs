using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Inspections;

/// <summary>
/// A tus 1.0 upload in progress: what it will become (task, target, kind, file name, the declared SHA-256), its
/// length and the offset durably written so far, who may continue it and until when. The bytes are in a partial file
/// named by the upload's id; the row lets another instance, or the same after a restart, resume it.
/// </summary>
public sealed class ResumableUpload : Entity, ITaskOwned
{
    private ResumableUpload()
    {
    }

    /// <summary>The user who created the upload: only they can see, continue or end it.</summary>
    public Guid UploaderId { get; private set; }

    public Guid TaskId { get; private set; }

    Guid ITaskOwned.OwningTaskId => TaskId;

    public string TargetCode { get; private set; } = string.Empty;

    public EvidenceKind Kind { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    /// <summary>The SHA-256 (lowercase hex) the client declared for the whole file; the finished file must have it.</summary>
    public string DeclaredSha256 { get; private set; } = string.Empty;

    public long Length { get; private set; }

    /// <summary>Bytes durably written to the partial file.</summary>
    public long Offset { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? CapturedAtUtc { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    /// <summary>The evidence the finished upload became.</summary>
    public Guid? EvidenceId { get; private set; }

    public bool IsComplete => EvidenceId is not null;

    public static ResumableUpload Start(
        Guid uploaderId, Guid taskId, string targetCode, EvidenceKind kind, string fileName, string declaredSha256, long length,
        DateTime expiresAtUtc, EvidenceCapture capture)
    {
        ArgumentNullException.ThrowIfNull(capture);
        return new()
        {
            UploaderId = uploaderId, TaskId = taskId, TargetCode = targetCode, Kind = kind, FileName = fileName, DeclaredSha256 = declaredSha256,
            Length = length, ExpiresAtUtc = expiresAtUtc, CapturedAtUtc = capture.CapturedAtUtc, Latitude = capture.Latitude, Longitude = capture.Longitude,
        };
    }

    public EvidenceCapture Capture => new(CapturedAtUtc, Latitude, Longitude);

    public bool IsExpired(DateTime utcNow) => !IsComplete && utcNow >= ExpiresAtUtc;

    /// <summary>More bytes were written durably; the expiry moves on with activity.</summary>
    public void Advance(long offset, DateTime expiresAtUtc)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(offset, Offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Length);
        Offset = offset;
        ExpiresAtUtc = expiresAtUtc;
    }

    public void Completed(Guid evidenceId) => EvidenceId = evidenceId;
}
