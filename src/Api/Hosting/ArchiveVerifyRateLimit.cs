using System.Threading.RateLimiting;
using DoubleRandom.Application.Archives;
using DoubleRandom.Application.Common.Localization;
using Microsoft.AspNetCore.RateLimiting;

namespace DoubleRandom.Api.Hosting;

/// <summary>
/// <c>POST /archives/verification</c> reads and hashes a whole ZIP (up to <c>Archives:MaxUploadBytes</c>): at most
/// <c>Archives:VerifyConcurrency</c> run at once, <c>Archives:VerifyQueueLimit</c> more wait (oldest first), any further
/// one is 429 with <c>Retry-After</c> before its body is read.
/// </summary>
internal static class ArchiveVerifyRateLimit
{
    public const string PolicyName = "archive-verify";

    private const int RetryAfterSeconds = 10;

    public static IServiceCollection AddArchiveVerifyRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o => o.AddPolicy<string, Policy>(PolicyName));

    private sealed class Policy(ArchiveLimits limits) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
            VerifyRateLimit.WriteTooManyRequestsAsync(context.HttpContext, RetryAfterSeconds, Text.Of(
                $"正在验证的电子档案过多，请 {RetryAfterSeconds} 秒后再试", $"Too many archives are being verified; retry in {RetryAfterSeconds} s."));

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.GetConcurrencyLimiter(
            PolicyName,
            _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = limits.VerifyConcurrency, QueueLimit = limits.VerifyQueueLimit, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
    }
}
