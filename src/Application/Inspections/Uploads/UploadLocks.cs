namespace DoubleRandom.Application.Inspections.Uploads;

/// <summary>
/// One writer per upload within this instance (across instances the row's version refuses the second): a fixed set of
/// striped locks, so nothing grows with the number of uploads; two uploads on one stripe merely take turns.
/// </summary>
public sealed class UploadLocks
{
    /// <summary>How many stripes there are (a power of two).</summary>
    public const int Stripes = 64;

    private readonly SemaphoreSlim[] _locks = Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(Guid uploadId, CancellationToken ct)
    {
        var gate = _locks[(uploadId.GetHashCode() & int.MaxValue) % Stripes];
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

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
