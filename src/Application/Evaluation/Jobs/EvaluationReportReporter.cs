namespace DoubleRandom.Application.Evaluation.Jobs;

/// <summary>
/// The progress of one running generation: every report goes to <c>echo</c> (the command line's console); the row is
/// written on a change of stage and otherwise by the heartbeat (<see cref="BeatAsync"/>, once per <see cref="StoreEvery"/>),
/// one write at a time. A row that says a cancellation was requested cancels <c>cancel</c>.
/// </summary>
public sealed class EvaluationReportReporter(
    Guid jobId, IEvaluationReportProgressStore store, CancellationTokenSource cancel, IProgress<EvaluationProgress>? echo)
    : IProgress<EvaluationProgress>
{
    public static readonly TimeSpan StoreEvery = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _writing = new(1, 1);
    private string? _storedStage;

    /// <summary>The latest progress reported.</summary>
    public EvaluationProgress Last { get; private set; } = new("Reading", 0);

    public void Report(EvaluationProgress value)
    {
        echo?.Report(value);
        Last = value;
        if (value.Stage != _storedStage)
        {
            _storedStage = value.Stage;
            _ = StoreAsync();
        }
    }

    /// <summary>The heartbeat: stores the latest progress once per <see cref="StoreEvery"/> until <paramref name="stop"/> is cancelled.</summary>
    public async Task BeatAsync(TimeProvider clock, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(clock);
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

            await StoreAsync();
        }
    }

    /// <summary>Waits for the write under way (before the job's final state is written).</summary>
    public async Task DrainAsync()
    {
        await _writing.WaitAsync();
        _writing.Release();
    }

    private async Task StoreAsync()
    {
        await _writing.WaitAsync();
        try
        {
            if (await store.StoreAsync(jobId, Last, CancellationToken.None))
            {
                await cancel.CancelAsync();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Progress is advisory: a failed write must not fail the job (its final state is written by the job itself).
        }
        finally
        {
            _writing.Release();
        }
    }
}
