using System.Collections.Concurrent;

namespace DoubleRandom.Application.Inspections.Uploads;

/// <summary>One writer per upload within this instance (across instances the row's version refuses the second).</summary>
public sealed class UploadLocks
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();

    public async Task<IDisposable> AcquireAsync(Guid uploadId, CancellationToken ct)
    {
        var gate = _locks.GetOrAdd(uploadId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    /// <summary>Forgets an upload that is finished or removed.</summary>
    public void Forget(Guid uploadId) => _locks.TryRemove(uploadId, out _);

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
