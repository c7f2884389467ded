namespace DoubleRandom.Application.Archives;

/// <summary>
/// The verdict on an archive. <see cref="FilesMatch"/>: every file matches its manifest line and nothing else is in the
/// ZIP. <see cref="StoredManifest"/>: how the manifest compares with the one stored when its task was archived —
/// <c>matches</c>, <c>differs</c>, or <c>unknown</c> (no stored archive of that task in the caller's scope, or, in the
/// <c>archive-verify</c> command, no database at all). At the endpoint <see cref="Valid"/> holds only when the files
/// match AND the stored manifest matches: an archive that cannot be tied to a stored one is never valid. From
/// <see cref="ArchiveVerifier"/> alone <see cref="Valid"/> equals <see cref="FilesMatch"/> (the command compares no
/// digest; it prints the manifest's). Otherwise <see cref="FirstDifference"/> names the first difference. The task and
/// the manifest's SHA-256 are given whenever the manifest could be read.
/// </summary>
public sealed record ArchiveVerification(
    bool Valid, bool FilesMatch, string StoredManifest, Guid? TaskId, string? ManifestSha256, int EntryCount, ArchiveDifference? FirstDifference)
{
    public const string Matches = "matches";
    public const string Differs = "differs";
    public const string Unknown = "unknown";
}
