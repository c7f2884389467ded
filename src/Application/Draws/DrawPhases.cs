using System.Diagnostics;
using System.Globalization;

namespace DoubleRandom.Application.Draws;

/// <summary>
/// The phases of one long use case run (prepare, execute), each ended by <see cref="Mark"/>: a child span of the run's
/// span and a point of <see cref="DrawTelemetry"/>'s histogram, and one log line listing them all. The run is ambient
/// (<see cref="Current"/>) so the services a handler calls mark their own phases without a timer parameter.
/// </summary>
public sealed class DrawPhases : IDisposable
{
    private static readonly AsyncLocal<DrawPhases?> Ambient = new();

    private readonly string _operation;
    private readonly Activity? _run;
    private readonly DrawPhases? _outer;
    private readonly List<string> _summary = [];
    private DateTime _phaseStartUtc = DateTime.UtcNow;
    private long _phaseStart = Stopwatch.GetTimestamp();
    private TimeSpan _cpu = Environment.CpuUsage.TotalTime;

    private DrawPhases(string operation)
    {
        _operation = operation;
        _outer = Ambient.Value;
        _run = DrawTelemetry.Source.StartActivity(operation);
        Ambient.Value = this;
    }

    /// <summary>The run in progress on this flow, if any (none during a feasibility check).</summary>
    public static DrawPhases? Current => Ambient.Value;

    /// <summary>Starts timing a run, e.g. <c>draw.prepare</c>; dispose it when the run ends.</summary>
    public static DrawPhases Start(string operation) => new(operation);

    /// <summary>Ends a phase: the time since the previous mark (or the start).</summary>
    public void Mark(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        Record(phase, Stopwatch.GetElapsedTime(_phaseStart, now), _phaseStartUtc, cpu - _cpu, concurrent: false);
        _cpu = cpu;
        _phaseStart = now;
        _phaseStartUtc = DateTime.UtcNow;
    }

    /// <summary>Records a phase that ran concurrently with the marked ones (not part of their sum), ending now.</summary>
    public void Note(string phase, TimeSpan elapsed) => Record(phase, elapsed, DateTime.UtcNow - elapsed, null, concurrent: true);

    public override string ToString() => string.Concat(_summary);

    public void Dispose()
    {
        _run?.Dispose();
        Ambient.Value = _outer;
    }

    private void Record(string phase, TimeSpan elapsed, DateTime startUtc, TimeSpan? processCpu, bool concurrent)
    {
        _summary.Add(string.Create(CultureInfo.InvariantCulture, $"{(concurrent ? "∥ " : string.Empty)}{phase} {elapsed.TotalMilliseconds:0} ms; "));
        DrawTelemetry.PhaseDuration.Record(
            elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("draw.operation", _operation), new KeyValuePair<string, object?>(DrawTelemetry.PhaseTag, phase));
        if (_run is null)
        {
            return;
        }

        using var span = DrawTelemetry.Source.StartActivity(phase, ActivityKind.Internal, _run.Context, startTime: startUtc);
        if (span is null)
        {
            return;
        }

        span.SetTag(DrawTelemetry.PhaseTag, phase);
        span.SetTag(DrawTelemetry.ConcurrentTag, concurrent);
        if (processCpu is { } cpu)
        {
            span.SetTag(DrawTelemetry.ProcessCpuTag, cpu.TotalMilliseconds);
        }

        span.SetEndTime(startUtc + elapsed);
    }
}
