using System.Globalization;
using System.Text;
using System.Text.Json;
using DoubleRandom.Api.Problems;
using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Imports.Queries.WatchImportJob;
using DoubleRandom.Domain.Rosters;
using Microsoft.AspNetCore.Http.Features;

namespace DoubleRandom.Api.Events;

/// <summary>
/// An import job as server-sent events (<c>text/event-stream</c>): <c>event: progress</c> with the job's JSON each time
/// it changes (read every <see cref="ImportEventsOptions.EventsPollMilliseconds"/>), a comment line as heartbeat after
/// <see cref="ImportEventsOptions.EventsHeartbeatSeconds"/> of silence, and <c>event: done</c> with the final job, which
/// ends the stream. After <see cref="ImportEventsOptions.EventsMaxSeconds"/> the stream ends with <c>event: timeout</c>
/// (the job as it is; reconnect to go on), and a job that cannot be read any more (deleted, the database failing) ends
/// it with <c>event: error</c> and a small problem (<c>type</c>, <c>title</c>, <c>status</c>, <c>code</c>
/// <c>import-events-failed</c>, <c>traceId</c>). Every event has an <c>id:</c>. A client that goes away ends the loop quietly.
/// </summary>
public sealed class ImportJobEventStream(
    ImportJobWatch watch, ImportEventsOptions options, JsonSerializerOptions json, TimeProvider clock, ILogger<ImportJobEventStream> logger) : IResult
{
    public const string ContentType = "text/event-stream";

    private int id;

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
            await response.StartAsync(ct);
            await StreamAsync(response, ct);
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            // The client went away (whatever the read or the write threw then): nothing to report, nothing to log.
        }
        catch (Exception ex)
        {
            // The headers are sent: the failure can only be told as an event.
            await FailAsync(httpContext, ex, ct);
        }
    }

    private async Task StreamAsync(HttpResponse response, CancellationToken ct)
    {
        var poll = TimeSpan.FromMilliseconds(options.EventsPollMilliseconds);
        var heartbeat = TimeSpan.FromSeconds(options.EventsHeartbeatSeconds);
        var lifetime = TimeSpan.FromSeconds(options.EventsMaxSeconds);
        var started = clock.GetTimestamp();
        string? last = null;
        var lastWrite = started;
        while (true)
        {
            var job = await watch.ReadAsync(ct);
            var data = JsonSerializer.Serialize(job, json);
            if (ImportJob.IsFinal(job.Status))
            {
                await WriteEventAsync(response, "done", data, ct);
                return;
            }

            if (clock.GetElapsedTime(started) >= lifetime)
            {
                await WriteEventAsync(response, "timeout", data, ct);
                return;
            }

            if (!string.Equals(data, last, StringComparison.Ordinal))
            {
                await WriteEventAsync(response, "progress", data, ct);
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

    private async Task FailAsync(HttpContext httpContext, Exception ex, CancellationToken ct)
    {
        if (ct.IsCancellationRequested)
        {
            return;
        }

        var gone = ex is NotFoundException;
        logger.LogWarning(ex, "The events of import job {JobId} ended with an error", watch.Id);
        var problem = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["type"] = gone ? ProblemTypes.NotFound : ProblemTypes.Internal,
            ["title"] = gone
                ? Text.Of("导入任务已不存在", "The import job no longer exists.")
                : Text.Of("读取导入任务失败，请稍后重新连接", "The import job could not be read; reconnect later."),
            ["status"] = gone ? StatusCodes.Status404NotFound : StatusCodes.Status500InternalServerError,
            ["code"] = "import-events-failed",
            ["traceId"] = httpContext.TraceIdentifier,
        };
        try
        {
            await WriteEventAsync(httpContext.Response, "error", JsonSerializer.Serialize(problem, json), ct);
        }
        catch (Exception write) when (write is OperationCanceledException or IOException)
        {
            // The client went away meanwhile: the failure is logged.
        }
    }

    private Task WriteEventAsync(HttpResponse response, string name, string data, CancellationToken ct) =>
        WriteAsync(response, string.Create(CultureInfo.InvariantCulture, $"id: {++id}\nevent: {name}\ndata: {data}\n\n"), ct);

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken ct)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await response.Body.FlushAsync(ct);
    }
}
