namespace DoubleRandom.Application.Archives;

/// <summary>What the builder wrote: the manifest's SHA-256 and how many entries it lists.</summary>
public sealed record BuiltArchive(string ManifestSha256, int EntryCount);
