namespace DoubleRandom.Application.Archives;

/// <summary>
/// The verdict on an archive: <see cref="Valid"/> when every file matches its manifest line and nothing else is in the
/// ZIP (and, at the endpoint, the manifest is the one stored for the task); else the first difference. The task and the
/// manifest's SHA-256 are given whenever the manifest could be read.
/// </summary>
public sealed record ArchiveVerification(bool Valid, Guid? TaskId, string? ManifestSha256, int EntryCount, ArchiveDifference? FirstDifference);
