using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>
/// Every <see cref="ApiFactory"/> records, for each response it gives, the operation's method and route pattern and the
/// status (an <see cref="IStartupFilter"/> ahead of the whole pipeline). <c>StatusCoverageTests</c> runs after every other
/// test class of the run and compares these with the OpenAPI document. The <c>Location</c> of each 201 and 202 goes to
/// the factory's own <see cref="ApiFactory.CreatedLocations"/> (<c>LocationTests</c> follows them).
/// </summary>
public sealed class StatusRecorder(ConcurrentQueue<CreatedLocation> locations) : IStartupFilter
{
    private static readonly ConcurrentDictionary<RecordedStatus, int> Seen = new();

    /// <summary>Every distinct (method, route, status) answered so far in this test run, with how often.</summary>
    public static IReadOnlyDictionary<RecordedStatus, int> Recorded => Seen;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            try
            {
                await nextMiddleware(context);
            }
            catch when (!context.Response.HasStarted)
            {
                // Past the service's own exception handler: the server answers 500.
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                Record(context);
                throw;
            }

            Record(context);
        });
        next(app);
    };

    private void Record(HttpContext context)
    {
        // The exception handler clears the endpoint before it writes the problem; its feature keeps the original.
        var endpoint = context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var method = context.Request.Method;
        if (endpoint is RouteEndpoint route
            && endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase) == true)
        {
            var recorded = new RecordedStatus(method.ToUpperInvariant(), route.RoutePattern.RawText ?? string.Empty, context.Response.StatusCode);
            Seen.AddOrUpdate(recorded, 1, (_, n) => n + 1);
            if (recorded.Status is 201 or 202)
            {
                locations.Enqueue(new CreatedLocation(recorded, context.Response.Headers.Location.ToString()));
            }
        }
    }
}

