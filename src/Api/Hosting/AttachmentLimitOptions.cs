using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Api.Hosting;

/// <summary>
/// The <c>Attachments</c> section's size limits of a draw's signed record and signing video (where they are kept is
/// the infrastructure's <c>Attachments:Folder</c>). At most the defaults: the upload route's own limits are fixed.
/// </summary>
public sealed class AttachmentLimitOptions
{
    public const string SectionName = "Attachments";

    public const long MaxDocumentBytesDefault = 50L * 1024 * 1024;

    public const long MaxVideoBytesDefault = 500L * 1024 * 1024;

    /// <summary>A signed record (PDF, JPEG, PNG).</summary>
    [Range(1, MaxVideoBytesDefault)] // the route admits a video, so a document may be allowed as much
    public long MaxDocumentBytes { get; set; } = MaxDocumentBytesDefault;

    /// <summary>A signing video (MP4).</summary>
    [Range(1, MaxVideoBytesDefault)]
    public long MaxVideoBytes { get; set; } = MaxVideoBytesDefault;
}
