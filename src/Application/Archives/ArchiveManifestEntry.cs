namespace DoubleRandom.Application.Archives;

/// <summary>One file of the archive as the manifest lists it: path in the ZIP, size in bytes, SHA-256 (lowercase hex).</summary>
public sealed record ArchiveManifestEntry(string Path, long Size, string Sha256);
