namespace DoubleRandom.Application.Inspections.Uploads;

/// <summary>An <c>Upload-Checksum</c>: the algorithm (<c>sha1</c>, <c>sha256</c>) and the chunk's expected digest.</summary>
public sealed record ChunkChecksum(string Algorithm, byte[] Digest)
{
    public static readonly string[] Algorithms = ["sha1", "sha256"];
}
