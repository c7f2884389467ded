using System.Collections.Concurrent;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>
/// The service's own progress, with a gate: a job that enters a phase waits there until the test has seen that phase
/// (<see cref="Release"/>), so a stream reader sees every phase, in order, however fast the import is.
/// </summary>
internal sealed class PhaseGate(IImportProgress inner) : IImportProgress
{
    private readonly ConcurrentDictionary<ImportJobPhase, TaskCompletionSource> _gates = new();

    public void Release(ImportJobPhase phase) => Gate(phase).TrySetResult();

    public void ReleaseAll()
    {
        foreach (var phase in Enum.GetValues<ImportJobPhase>())
        {
            Release(phase);
        }
    }

    public async Task EnterAsync(Guid jobId, ImportJobPhase phase, long? total, CancellationToken ct)
    {
        await inner.EnterAsync(jobId, phase, total, ct);
        // Bounded, so a failing test cannot hang the run.
        await Gate(phase).Task.WaitAsync(TimeSpan.FromMinutes(2), ct);
    }

    public Task ReportRowsAsync(Guid jobId, long rowsDone, long? rowsTotal, CancellationToken ct) => inner.ReportRowsAsync(jobId, rowsDone, rowsTotal, ct);

    public Task AdvanceAsync(Guid jobId, long phaseDone, long? phaseTotal, CancellationToken ct) => inner.AdvanceAsync(jobId, phaseDone, phaseTotal, ct);

    public ImportLiveProgress? Get(Guid jobId) => inner.Get(jobId);

    public void Forget(Guid jobId) => inner.Forget(jobId);

    private TaskCompletionSource Gate(ImportJobPhase phase) =>
        _gates.GetOrAdd(phase, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
