namespace DoubleRandom.Application.Inspections.Uploads;

/// <summary>
/// The partial files of resumable uploads, one per upload id, in the configured folder. Bytes are written to the file
/// as they are read from the request, so what arrived before a broken connection stays; the durable offset is what the
/// caller then records.
/// </summary>
public interface IUploadPartStore
{
    /// <summary>Creates the empty partial file.</summary>
    void Create(Guid uploadId);

    /// <summary>
    /// Appends the body at <paramref name="offset"/> (bytes past it, not recorded, are dropped first), reading at most
    /// <paramref name="maxBytes"/>. A chunk whose <paramref name="checksum"/> does not match, or a body that broke off
    /// while a checksum was declared, is discarded whole.
    /// </summary>
    Task<AppendOutcome> AppendAsync(Guid uploadId, long offset, Stream body, long maxBytes, ChunkChecksum? checksum, CancellationToken ct);

    /// <summary>The SHA-256 (lowercase hex) of the whole file: kept up as the bytes arrived, else read again by streaming.</summary>
    Task<string> Sha256Async(Guid uploadId, long length, CancellationToken ct);

    /// <summary>The partial file for reading (sniffing).</summary>
    Stream OpenRead(Guid uploadId);

    /// <summary>Moves the finished file into the attachment store under its SHA-256.</summary>
    void Promote(Guid uploadId, string sha256);

    /// <summary>Removes the partial file, if any.</summary>
    void Delete(Guid uploadId);
}
