using System.Globalization;
using System.Text;
using System.Text.Json;
using DoubleRandom.Application.Rosters.Imports.Queries.WatchImportJob;
using DoubleRandom.Domain.Rosters;
using Microsoft.AspNetCore.Http.Features;

namespace DoubleRandom.Api.Events;

/// <summary>
/// An import job as server-sent events (<c>text/event-stream</c>): <c>event: progress</c> with the job's JSON each time
/// it changes (read every <see cref="ImportEventsOptions.EventsPollMilliseconds"/>), a comment line as heartbeat after
/// <see cref="ImportEventsOptions.EventsHeartbeatSeconds"/> of silence, and <c>event: done</c> with the final job, which
/// ends the stream. Every event has an <c>id:</c>. A client that goes away ends the loop quietly.
/// </summary>
public sealed class ImportJobEventStream(ImportJobWatch watch, ImportEventsOptions options, JsonSerializerOptions json, TimeProvider clock) : IResult
{
    public const string ContentType = "text/event-stream";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var ct = httpContext.RequestAborted;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache";
        // nginx and similar proxies pass the events on as they come instead of buffering the response.
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            await StreamAsync(response, ct);
        }
        catch (Exception ex) when (ct.IsCancellationRequested && ex is OperationCanceledException or IOException)
        {
            // The client went away: nothing to report.
        }
    }

    private async Task StreamAsync(HttpResponse response, CancellationToken ct)
    {
        var poll = TimeSpan.FromMilliseconds(options.EventsPollMilliseconds);
        var heartbeat = TimeSpan.FromSeconds(options.EventsHeartbeatSeconds);
        await response.StartAsync(ct);
        string? last = null;
        var id = 0;
        var lastWrite = clock.GetTimestamp();
        while (true)
        {
            var job = await watch.ReadAsync(ct);
            var data = JsonSerializer.Serialize(job, json);
            if (ImportJob.IsFinal(job.Status))
            {
                await WriteAsync(response, $"id: {++id}\nevent: done\ndata: {data}\n\n", ct);
                return;
            }

            if (!string.Equals(data, last, StringComparison.Ordinal))
            {
                await WriteAsync(response, $"id: {++id}\nevent: progress\ndata: {data}\n\n", ct);
                (last, lastWrite) = (data, clock.GetTimestamp());
            }
            else if (clock.GetElapsedTime(lastWrite) >= heartbeat)
            {
                await WriteAsync(response, string.Create(CultureInfo.InvariantCulture, $": heartbeat {clock.GetUtcNow():O}\n\n"), ct);
                lastWrite = clock.GetTimestamp();
            }

            await Task.Delay(poll, clock, ct);
        }
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken ct)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await response.Body.FlushAsync(ct);
    }
}
