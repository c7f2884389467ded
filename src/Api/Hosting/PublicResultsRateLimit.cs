using System.Threading.RateLimiting;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Api.Hosting;

/// <summary>
/// The anonymous results search is a database query anyone can send: each client address (an IPv6 /64 counts as one,
/// as for the verification) gets <c>PublicResults:PermitsPerMinute</c> requests per minute, then 429 with
/// <c>Retry-After</c> until its window ends.
/// </summary>
internal static class PublicResultsRateLimit
{
    public const string PolicyName = "public-results";

    public static IServiceCollection AddPublicResultsRateLimit(this IServiceCollection services)
    {
        services.AddValidatedOptions<PublicResultsOptions>(PublicResultsOptions.SectionName);
        return services.AddRateLimiter(o => o.AddPolicy<string, Policy>(PolicyName));
    }

    private sealed class Policy(IOptions<PublicResultsOptions> options) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, _) =>
        {
            var retryAfter = VerifyRateLimit.RetryAfterSeconds(context.Lease, 60);
            await VerifyRateLimit.WriteTooManyRequestsAsync(context.HttpContext, retryAfter, Text.Of(
                $"查询过于频繁，请 {retryAfter} 秒后再试", $"Too many searches from this address; retry in {retryAfter} s."));
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.GetFixedWindowLimiter(
            VerifyRateLimit.AddressKey(httpContext.Connection.RemoteIpAddress),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}
