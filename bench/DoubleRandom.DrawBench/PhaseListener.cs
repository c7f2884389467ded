using DoubleRandom.Application.Common.Telemetry;
using System.Collections.Concurrent;
using System.Diagnostics;

namespace DoubleRandom.DrawBench;

/// <summary>Hears the phase spans of <see cref="UseCaseTelemetry"/> (as production tracing would) and keeps them in order.</summary>
internal sealed class PhaseListener : IDisposable
{
    private readonly ConcurrentQueue<Phase> _phases = new();
    private readonly ActivityListener _listener;

    public PhaseListener()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == UseCaseTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>
    /// One phase: its name, its wall-clock time, the CPU time the whole process used meanwhile (all threads, so a
    /// parallel phase can use more CPU than wall time; null for a concurrent phase), and whether it ran alongside the
    /// phases around it.
    /// </summary>
    public sealed record Phase(string Name, TimeSpan Elapsed, TimeSpan? ProcessCpu, bool Concurrent);

    public void Clear() => _phases.Clear();

    /// <summary>The phases heard since <see cref="Clear"/>, in the order they ended.</summary>
    public IReadOnlyList<Phase> Take() => [.. _phases];

    public void Dispose() => _listener.Dispose();

    private void Stopped(Activity activity)
    {
        if (activity.GetTagItem(UseCaseTelemetry.PhaseTag) is not string name)
        {
            return;
        }

        var cpu = activity.GetTagItem(UseCaseTelemetry.ProcessCpuTag) is double ms ? TimeSpan.FromMilliseconds(ms) : (TimeSpan?)null;
        _phases.Enqueue(new Phase(name, activity.Duration, cpu, activity.GetTagItem(UseCaseTelemetry.ConcurrentTag) is true));
    }
}
