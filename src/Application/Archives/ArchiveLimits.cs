using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Application.Archives;

/// <summary>
/// The <c>Archives</c> section: what a ZIP sent for verification (endpoint and <c>archive-verify</c>) may hold before it
/// is refused unread — the zip-bomb limits: the upload's size, the number of entries, the sum of the entries' declared
/// sizes and the size of <c>manifest.json</c>. An entry is never read past the size its manifest line declares (+1 byte),
/// so a lying header cannot inflate it. The endpoint also runs at most <see cref="VerifyConcurrency"/> verifications at once.
/// </summary>
public sealed class ArchiveLimits
{
    public const string SectionName = "Archives";

    /// <summary>The route's own ceiling for the upload (<c>POST /archives/verification</c>); the option may only lower it.</summary>
    public const long MaxUploadBytesCeiling = 16L * 1024 * 1024 * 1024;

    [Range(1, MaxUploadBytesCeiling)]
    public long MaxUploadBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>
    /// At most 100,000 entries (the archive of 10,000 targets with their evidence holds a few tens of thousands): the
    /// verifier keeps one object per entry (the ZIP directory and the manifest's lines).
    /// </summary>
    [Range(1, 100_000)]
    public int MaxEntries { get; set; } = 100_000;

    [Range(1, long.MaxValue)]
    public long MaxUncompressedBytes { get; set; } = 64L * 1024 * 1024 * 1024;

    /// <summary>At most 32 MiB (100,000 lines of about 150 bytes take 15 MiB): the manifest is read into one buffer and parsed.</summary>
    [Range(1, 32L * 1024 * 1024)]
    public long MaxManifestBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Verifications that run at once (each reads and hashes a whole ZIP); more wait in the queue.</summary>
    [Range(1, 64)]
    public int VerifyConcurrency { get; set; } = 2;

    /// <summary>Verifications that wait for a free slot (oldest first); any further one is 429 with Retry-After, its body unread.</summary>
    [Range(0, 1000)]
    public int VerifyQueueLimit { get; set; } = 4;
}
