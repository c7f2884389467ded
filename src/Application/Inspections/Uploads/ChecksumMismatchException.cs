namespace DoubleRandom.Application.Inspections.Uploads;

/// <summary>The chunk's bytes do not have the declared <c>Upload-Checksum</c>: tus answers 460 and the chunk is discarded.</summary>
public sealed class ChecksumMismatchException(string message) : Exception(message)
{
    public ChecksumMismatchException()
        : this("Checksum mismatch.")
    {
    }

    public ChecksumMismatchException(string message, Exception inner)
        : this(message) => _ = inner;
}
