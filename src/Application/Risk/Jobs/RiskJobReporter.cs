using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Application.Risk.Jobs;

/// <summary>
/// The progress of one running job: every report goes to <c>echo</c> (the command line's console), and to the job's row
/// on a change of stage or at most once per <see cref="StoreEvery"/> (one store at a time, the latest wins). A stored
/// row that says a cancellation was requested cancels <c>cancel</c>.
/// </summary>
public sealed class RiskJobReporter(
    Guid jobId, IRiskJobProgressStore store, CancellationTokenSource cancel, IProgress<RiskJobProgress>? echo, TimeProvider clock)
    : IProgress<RiskJobProgress>
{
    public static readonly TimeSpan StoreEvery = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private Task _storing = Task.CompletedTask;
    private RiskJobProgress? _pending;
    private RiskJobStage? _stage;
    private DateTimeOffset _storedAt = DateTimeOffset.MinValue;

    /// <summary>The latest progress reported (stored or not).</summary>
    public RiskJobProgress? Last { get; private set; }

    public void Report(RiskJobProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        echo?.Report(value);
        lock (_gate)
        {
            Last = value;
            var now = clock.GetUtcNow();
            if (value.Stage == _stage && now - _storedAt < StoreEvery)
            {
                return;
            }

            _stage = value.Stage;
            _storedAt = now;
            var start = _pending is null;
            _pending = value;
            if (start)
            {
                _storing = _storing.ContinueWith(_ => StorePendingAsync(), TaskScheduler.Default).Unwrap();
            }
        }
    }

    /// <summary>
    /// The heartbeat: while the job runs, stores the latest progress (<paramref name="first"/> before any) at least once
    /// per <see cref="StoreEvery"/> even when none is reported (a long trainer stage), so the row shows the process is
    /// alive and a cancellation asked for on another instance is seen. Ends when <paramref name="stop"/> is cancelled.
    /// </summary>
    public async Task BeatAsync(RiskJobProgress first, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(StoreEvery, clock, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            lock (_gate)
            {
                if (clock.GetUtcNow() - _storedAt < StoreEvery)
                {
                    continue;
                }

                _storedAt = clock.GetUtcNow();
                var start = _pending is null;
                _pending = Last ?? first;
                if (start)
                {
                    _storing = _storing.ContinueWith(_ => StorePendingAsync(), TaskScheduler.Default).Unwrap();
                }
            }
        }
    }

    /// <summary>Waits for the stores under way (before the job's final state is written).</summary>
    public Task DrainAsync()
    {
        lock (_gate)
        {
            return _storing;
        }
    }

    private async Task StorePendingAsync()
    {
        RiskJobProgress? progress;
        lock (_gate)
        {
            progress = _pending;
            _pending = null;
        }

        if (progress is null)
        {
            return;
        }

        try
        {
            if (await store.StoreAsync(jobId, progress, CancellationToken.None))
            {
                await cancel.CancelAsync();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Progress is advisory: a failed store must not fail the job (its final state is stored by the job itself).
        }
    }
}
