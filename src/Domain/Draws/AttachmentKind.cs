namespace DoubleRandom.Domain.Draws;

public enum AttachmentKind
{
    /// <summary>The signed draw record (scan or photo).</summary>
    SignedRecord,

    /// <summary>A video of the signing.</summary>
    SigningVideo,
}
