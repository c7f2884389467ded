namespace DoubleRandom.Api.Hosting;

/// <summary>
/// The <c>Public:*</c> settings of the anonymous verification (<see cref="VerifyOptions"/>, checked at start): the largest bundle (at
/// most <see cref="MaxBundleBytes"/>), how long its body may take, when a collection follows, and the limiter's numbers.
/// </summary>
internal sealed record VerifySettings(
    long MaxBodyBytes, int BodySeconds, long CollectAboveBytes, int Concurrency, int QueueLimit, int PermitsPerMinute, int RetryAfterSeconds)
{
    /// <summary>
    /// The largest bundle <c>verify</c> can be configured to take (<c>Public:MaxBundleBytes</c>, 413 above it); the
    /// endpoint's request size limit.
    /// </summary>
    public const long MaxBundleBytes = 128L * 1024 * 1024;

    /// <summary>
    /// The default limit: about two million compact target leaves (a real million-target bundle is about 60 MB).
    /// Verifying a bundle of this size peaks at about 1 GB of service memory (docs/benchmarks.md); one verification
    /// runs at a time by default (<c>Public:VerifyConcurrency</c>), so that is the service's peak under attack.
    /// </summary>
    public const long DefaultBundleBytes = 64L * 1024 * 1024;

    /// <summary>How long the whole bundle may take to arrive by default: 64 MB at about 1.7 Mbit/s.</summary>
    public const int DefaultBodySeconds = 300;

    /// <summary>Bodies of at least this many bytes are followed by a compacting collection by default.</summary>
    public const long DefaultCollectAboveBytes = 16L * 1024 * 1024;

    /// <summary>The settings of the validated options (each bound checked at start, <see cref="VerifyOptions"/>).</summary>
    public static VerifySettings From(VerifyOptions options) => new(
        options.MaxBundleBytes, options.VerifyBodySeconds, options.VerifyCollectAboveBytes, options.VerifyConcurrency,
        options.VerifyQueueLimit, options.VerifyPermitsPerMinute, options.VerifyRetryAfterSeconds);
}
