using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Application.Archives;

/// <summary>
/// The <c>Archives</c> section: what a ZIP sent for verification (endpoint and <c>archive-verify</c>) may hold before it
/// is refused unread — the zip-bomb limits: the upload's size, the number of entries, the sum of the entries' declared
/// sizes and the size of <c>manifest.json</c>. An entry is never read past the size its manifest line declares (+1 byte),
/// so a lying header cannot inflate it.
/// </summary>
public sealed class ArchiveLimits
{
    public const string SectionName = "Archives";

    /// <summary>The route's own ceiling for the upload (<c>POST /archives/verification</c>); the option may only lower it.</summary>
    public const long MaxUploadBytesCeiling = 16L * 1024 * 1024 * 1024;

    [Range(1, MaxUploadBytesCeiling)]
    public long MaxUploadBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    [Range(1, 10_000_000)]
    public int MaxEntries { get; set; } = 500_000;

    [Range(1, long.MaxValue)]
    public long MaxUncompressedBytes { get; set; } = 64L * 1024 * 1024 * 1024;

    [Range(1, 1024L * 1024 * 1024)]
    public long MaxManifestBytes { get; set; } = 256L * 1024 * 1024;
}
