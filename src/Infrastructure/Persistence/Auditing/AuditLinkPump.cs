using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

/// <summary>
/// The one linker of this process: each pass calls <c>audit_link</c> until nothing committed is left staged. A
/// pass runs when a commit asks for one (<see cref="NextPassAsync"/>), and at least every
/// <c>Audit:LinkSweepSeconds</c> (default 5; 0 = only when asked) for entries another process or a crash left
/// staged. Commits that arrive during a pass are chained together by the next one, so the chain lock is taken
/// once per batch rather than once per transaction, and business transactions never wait on it.
/// </summary>
internal sealed class AuditLinkPump(PostgresAuditLinkConnections connections, IOptions<AuditLinkOptions> options, ILogger<AuditLinkPump> logger)
    : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _gate = new();
    private TaskCompletionSource<long> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsRunning { get; private set; }

    /// <summary>
    /// Completes when a pass that started after this call has finished, with the number of entries it chained
    /// (0 if it failed: the failure is logged, and the entries stay staged for the next pass).
    /// </summary>
    public Task<long> NextPassAsync()
    {
        Task<long> next;
        lock (_gate)
        {
            next = _next.Task;
        }

        _wake.Writer.TryWrite(true);
        return next;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.LinkSweepSeconds;
        var sweep = seconds > 0 ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan;
        IsRunning = true;
        try
        {
            await PassAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
                {
                    wait.CancelAfter(sweep);
                    try
                    {
                        await _wake.Reader.ReadAsync(wait.Token);
                    }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                    {
                        // The sweep period passed without a commit asking.
                    }
                }

                await PassAsync(stoppingToken);
            }
        }
        finally
        {
            IsRunning = false;
            lock (_gate)
            {
                _next.TrySetResult(0);
            }
        }
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        TaskCompletionSource<long> current;
        lock (_gate)
        {
            (current, _next) = (_next, new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        long linked = 0;
        try
        {
            linked = await connections.LinkAsync(stoppingToken);
            logger.LogDebug("Chained {Count} audit entries", linked);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(ex, "Chaining staged audit entries failed; the next pass retries");
            await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
        }
        finally
        {
            current.TrySetResult(linked);
        }
    }
}
