using System.Collections.Concurrent;

namespace DoubleRandom.Application.Risk.Jobs;

/// <summary>
/// The cancellation of the risk jobs running in this process: a cancel request reaches the running job at once here,
/// and through its row (<see cref="IRiskJobProgressStore"/>) when another instance runs it.
/// </summary>
public sealed class RiskJobSignals
{
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _running = new();

    public CancellationTokenSource Register(Guid jobId, CancellationToken stopping)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _running[jobId] = source;
        return source;
    }

    /// <summary>True when the job runs here and was told to stop.</summary>
    public bool Cancel(Guid jobId)
    {
        if (!_running.TryGetValue(jobId, out var source))
        {
            return false;
        }

        try
        {
            source.Cancel();
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    public void Forget(Guid jobId)
    {
        if (_running.TryRemove(jobId, out var source))
        {
            source.Dispose();
        }
    }
}
