using DoubleRandom.Domain.Common;

namespace DoubleRandom.Domain.Draws;

/// <summary>A file kept with a draw: stored by content hash, the type judged from its bytes, not its name.</summary>
public sealed class DrawAttachment : Entity, IDrawOwned
{
    private DrawAttachment()
    {
    }

    public Guid DrawId { get; private set; }

    Guid IDrawOwned.OwningDrawId => DrawId;

    public AttachmentKind Kind { get; private set; }

    public const int FileNameMaxLength = 255;

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public string UploadedBy { get; private set; } = string.Empty;

    public static DrawAttachment Create(Guid drawId, AttachmentKind kind, string fileName, string contentType, long size, string sha256, string uploadedBy) =>
        new() { DrawId = drawId, Kind = kind, FileName = fileName, ContentType = contentType, Size = size, Sha256 = sha256, UploadedBy = uploadedBy };
}
