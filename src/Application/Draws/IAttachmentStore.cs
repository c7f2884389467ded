namespace DoubleRandom.Application.Draws;

/// <summary>Keeps a file by its SHA-256; returns the hash and size of what was stored.</summary>
public interface IAttachmentStore
{
    /// <summary>Stores the content; a failed or cancelled upload leaves nothing behind.</summary>
    Task<(string Sha256, long Size)> SaveAsync(Stream content, CancellationToken ct);

    /// <summary>A fresh path in the store's folder for a file being built (then <see cref="Adopt"/>ed or deleted by the caller).</summary>
    string TemporaryPath();

    /// <summary>Takes over a finished file whose SHA-256 is already known (moved, not copied, where the disk allows).</summary>
    void Adopt(string path, string sha256);

    /// <summary>The stored file with this hash, or null when it is missing.</summary>
    Stream? OpenRead(string sha256);

    /// <summary>Removes the stored file with this hash (no attachment refers to it).</summary>
    void Delete(string sha256);
}
