using DoubleRandom.Api.Endpoints;
using DoubleRandom.Api.OpenApi;

namespace DoubleRandom.Api.Hosting;

/// <summary>
/// Every answer under <c>/api/v1/uploads</c> says <c>Tus-Resumable: 1.0.0</c>, as tus 1.0 asks — also those written
/// before the routes run (401, 403, 413, 404 of no route, a CORS preflight) and the problems of the exception handler.
/// </summary>
public sealed class TusResumableHeader(RequestDelegate next)
{
    public const string Prefix = "/api/v1/uploads";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[ResponseHeadersOperationFilter.TusResumable] = UploadEndpoints.TusVersion;
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
