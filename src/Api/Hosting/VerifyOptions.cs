using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Api.Hosting;

/// <summary>The <c>Public</c> section's limits of the anonymous <c>POST /api/v1/public/draws/verify</c>.</summary>
public sealed class VerifyOptions
{
    public const string SectionName = "Public";

    /// <summary>The largest bundle taken (413 above it), at most <see cref="VerifySettings.MaxBundleBytes"/>.</summary>
    [Range(1, VerifySettings.MaxBundleBytes)]
    public long MaxBundleBytes { get; set; } = VerifySettings.DefaultBundleBytes;

    /// <summary>The whole bundle must arrive within this time (408 after it).</summary>
    [Range(1, 86_400)]
    public int VerifyBodySeconds { get; set; } = VerifySettings.DefaultBodySeconds;

    /// <summary>Bodies of at least this many bytes are followed by a compacting collection.</summary>
    [Range(0, long.MaxValue)]
    public long VerifyCollectAboveBytes { get; set; } = VerifySettings.DefaultCollectAboveBytes;

    /// <summary>Verifications running at once.</summary>
    [Range(1, 1024)]
    public int VerifyConcurrency { get; set; } = 1;

    /// <summary>Verifications waiting (oldest first); any further one gets 429.</summary>
    [Range(0, 1024)]
    public int VerifyQueueLimit { get; set; } = 2;

    /// <summary>Verifications per client address per minute.</summary>
    [Range(1, int.MaxValue)]
    public int VerifyPermitsPerMinute { get; set; } = 10;

    /// <summary>The <c>Retry-After</c> of a 429 for a full queue.</summary>
    [Range(1, 86_400)]
    public int VerifyRetryAfterSeconds { get; set; } = 10;
}
