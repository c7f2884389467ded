namespace DoubleRandom.Application.Archives;

/// <summary>
/// One file of the archive: its path in the ZIP (forward slashes, no leading slash, no <c>..</c>) and how to write its
/// content into the stream the builder opens for it (the builder counts and hashes what is written).
/// </summary>
public sealed record ArchiveEntry(string Path, Func<Stream, CancellationToken, Task> WriteAsync)
{
    /// <summary>An entry whose content is already at hand (a PDF, a small JSON document).</summary>
    public static ArchiveEntry Of(string path, byte[] content) =>
        new(path, (stream, ct) => stream.WriteAsync(content, ct).AsTask());

    /// <summary>An entry copied from a stream it opens when written (a stored file); a missing file is an error.</summary>
    public static ArchiveEntry From(string path, Func<Stream?> open) =>
        new(path, async (stream, ct) =>
        {
            await using var source = open() ?? throw new FileNotFoundException($"The stored file of archive entry {path} is missing.");
            await source.CopyToAsync(stream, ct);
        });
}
