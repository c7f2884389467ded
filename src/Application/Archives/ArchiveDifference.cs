namespace DoubleRandom.Application.Archives;

/// <summary>
/// The first file of an archive that differs from its manifest: its path and why — <c>missing</c> (listed, not in the
/// ZIP), <c>extra</c> (in the ZIP, not listed), <c>size</c>, <c>sha256</c>, <c>manifest-malformed</c> (manifest.json is
/// not a manifest), <c>manifest-digest</c> (the manifest differs from the one stored when the task was archived — checked
/// first, so an altered manifest line is reported as the manifest, not as the untouched file it names) or
/// <c>manifest-unknown</c> (the files match the manifest but no stored archive of its task, in the caller's scope, vouches
/// for it: a ZIP rewritten with another task id is never valid).
/// </summary>
public sealed record ArchiveDifference(string Path, string Reason)
{
    public const string Missing = "missing";
    public const string Extra = "extra";
    public const string Size = "size";
    public const string Sha256 = "sha256";
    public const string ManifestMalformed = "manifest-malformed";
    public const string ManifestDigest = "manifest-digest";
    public const string ManifestUnknown = "manifest-unknown";
}
