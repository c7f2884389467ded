using DoubleRandom.Application.Common.Interfaces;

namespace DoubleRandom.Api.Idempotency;

/// <summary>Removes expired <c>Idempotency-Key</c> rows once an hour of uptime.</summary>
public sealed partial class IdempotencyCleanup(IIdempotencyStore store, TimeProvider clock, ILogger<IdempotencyCleanup> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var removed = await store.RemoveExpiredAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
                if (removed > 0)
                {
                    LogRemoved(logger, removed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be migrating or briefly away: the next round tries again.
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} expired idempotency keys")]
    private static partial void LogRemoved(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removing expired idempotency keys failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
