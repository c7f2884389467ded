using System.Text.RegularExpressions;
using Serilog.Context;

namespace DoubleRandom.Api.Hosting;

/// <summary>
/// Every request gets an id: the caller's <c>X-Request-Id</c> when it is sane, else the trace id. It is echoed
/// back, carried in every log line of the request, and returned in problem details as <c>traceId</c>.
/// </summary>
public sealed partial class RequestIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[HeaderName].ToString();
        var id = SafeId().IsMatch(incoming) ? incoming : context.TraceIdentifier;
        context.TraceIdentifier = id;
        // Set as the response starts: the exception handler clears headers set earlier.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = id;
            return Task.CompletedTask;
        });
        using (LogContext.PushProperty("RequestId", id))
        {
            await next(context);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeId();
}
