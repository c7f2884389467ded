using System.Globalization;
using System.Runtime;
using System.Threading.RateLimiting;
using DoubleRandom.Api.Problems;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Api.Hosting;

/// <summary>
/// Limits on the anonymous <c>POST /public/draws/verify</c>, whose body may be 64 MB (up to 128 MB if configured) and
/// whose recomputation takes up to about 1 GB: at most <c>Public:VerifyConcurrency</c> verifications run at once, <c>Public:VerifyQueueLimit</c>
/// more wait (oldest first), any further one gets 429 at once, before its body is read; and each client address gets
/// <c>Public:VerifyPermitsPerMinute</c> per minute. A 429 is a problem with <c>Retry-After</c>.
/// </summary>
internal static class VerifyRateLimit
{
    public const string PolicyName = "public-verify";

    public static IServiceCollection AddVerifyRateLimit(this IServiceCollection services)
    {
        services.AddValidatedOptions<VerifyOptions>(VerifyOptions.SectionName);
        return services.AddSingleton(sp => VerifySettings.From(sp.GetRequiredService<IOptions<VerifyOptions>>().Value))
            .AddRateLimiter(o => o.AddPolicy<string, Policy>(PolicyName));
    }

    /// <summary>
    /// Between parsing a large bundle and recomputing it: the body's chunks and the parse's growing lists are garbage
    /// by then, and collecting them (blocking, compacting) keeps them from adding to the recomputation's peak.
    /// </summary>
    public static void CollectAfterParse(long bodyBytes, VerifySettings settings)
    {
        if (bodyBytes >= settings.CollectAboveBytes)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    /// <summary>
    /// After a large verification, a blocking compacting collection (large object heap included) that decommits what it
    /// freed: the bundle's strings and the draw's arrays are garbage now, and without it the process kept them (server
    /// GC grows its budgets to the burst). Rate-limited with the verification itself.
    /// </summary>
    public static void GiveMemoryBack(long bodyBytes, VerifySettings settings)
    {
        if (bodyBytes >= settings.CollectAboveBytes)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>A 429 problem with <c>Retry-After</c>, as every rate limit of the service answers.</summary>
    public static async ValueTask WriteTooManyRequestsAsync(HttpContext httpContext, int retryAfterSeconds, string detail)
    {
        httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        httpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await httpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = 429, Type = ProblemTypes.TooManyRequests, Title = ProblemTypes.TitleFor(429), Detail = detail,
            },
        });
    }

    /// <summary>The seconds until a refused lease's window ends, or <paramref name="fallback"/> when the limiter does not say (a full queue).</summary>
    public static int RetryAfterSeconds(RateLimitLease lease, int fallback) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? (int)Math.Ceiling(wait.TotalSeconds) : fallback;

    private sealed class Policy(VerifySettings limits) : IRateLimiterPolicy<string>
    {
        private readonly ConcurrencyLimiter _running = new(new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.Concurrency, QueueLimit = limits.QueueLimit, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, _) =>
        {
            var retryAfter = RetryAfterSeconds(context.Lease, limits.RetryAfterSeconds);
            await WriteTooManyRequestsAsync(context.HttpContext, retryAfter, Text.Of(
                $"验证请求过多，请 {retryAfter} 秒后再试", $"Too many verifications at once or from this address; retry in {retryAfter} s."));
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.Get(
            AddressKey(httpContext.Connection.RemoteIpAddress),
            _ => new AddressThenRunning(
                new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                }),
                _running));
    }

    /// <summary>
    /// The client an address window belongs to: an IPv4 address, or an IPv6 address's /64 (one subscriber's network gets
    /// a whole /64, so counting single IPv6 addresses would give one client unlimited windows).
    /// </summary>
    internal static string AddressKey(System.Net.IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }

    /// <summary>
    /// The address's own window first (no queue), then a place among the verifications running service-wide. Disposing
    /// it (an idle address) disposes the address's window only; the shared limiter lives with the policy.
    /// </summary>
    private sealed class AddressThenRunning(RateLimiter address, RateLimiter running) : RateLimiter
    {
        public override TimeSpan? IdleDuration => address.IdleDuration;

        public override RateLimiterStatistics? GetStatistics() => running.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount)
        {
            var own = address.AttemptAcquire(permitCount);
            return own.IsAcquired ? Both(own, running.AttemptAcquire(permitCount)) : own;
        }

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            var own = address.AttemptAcquire(permitCount);
            return own.IsAcquired ? Both(own, await running.AcquireAsync(permitCount, cancellationToken)) : own;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                address.Dispose();
            }

            base.Dispose(disposing);
        }

        private static RateLimitLease Both(RateLimitLease own, RateLimitLease shared)
        {
            own.Dispose(); // a fixed window keeps its count; the lease holds nothing to release
            return shared;
        }
    }
}
