using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Application.Inspections.Evidence;

/// <summary>
/// The <c>Evidence</c> section: how large a file may be sent in one request (multipart) or by a resumable (tus)
/// upload, and how long an unfinished resumable upload is kept after its last byte arrived. Where the files are kept
/// is the infrastructure's <c>Evidence:UploadFolder</c> (partial files) and <c>Attachments:Folder</c> (stored files).
/// </summary>
public sealed class EvidenceLimits
{
    public const string SectionName = "Evidence";

    /// <summary>The route's own ceiling for a multipart upload; the option may only lower it.</summary>
    public const long MaxDirectUploadBytesCeiling = 100L * 1024 * 1024;

    /// <summary>The ceiling of a resumable upload's <c>Upload-Length</c>; the option may only lower it.</summary>
    public const long MaxResumableBytesCeiling = 16L * 1024 * 1024 * 1024;

    /// <summary>A file sent whole with <c>POST /inspection-evidence</c>: photos, recordings, documents.</summary>
    [Range(1, MaxDirectUploadBytesCeiling)]
    public long MaxDirectUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>A file sent with tus (<c>Tus-Max-Size</c>): videos.</summary>
    [Range(1, MaxResumableBytesCeiling)]
    public long MaxResumableBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Hours an unfinished upload is kept after its last write (<c>Upload-Expires</c>); then it is removed.</summary>
    [Range(1, 24 * 30)]
    public int UploadExpiryHours { get; set; } = 24;
}
