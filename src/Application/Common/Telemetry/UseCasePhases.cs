using System.Diagnostics;
using System.Globalization;

namespace DoubleRandom.Application.Common.Telemetry;

/// <summary>
/// The phases of one long use case run (prepare or execute a draw, a target import), each ended by <see cref="Mark"/>: a child span of the run's
/// span and a point of <see cref="UseCaseTelemetry"/>'s histogram, and one log line listing them all. The run is ambient
/// (<see cref="Current"/>) so the services a handler calls mark their own phases without a timer parameter.
/// </summary>
public sealed class UseCasePhases : IDisposable
{
    private static readonly AsyncLocal<UseCasePhases?> Ambient = new();

    private readonly string _operation;
    private readonly Activity? _run;
    private readonly UseCasePhases? _outer;
    private readonly List<string> _summary = [];
    private DateTime _phaseStartUtc = DateTime.UtcNow;
    private long _phaseStart = Stopwatch.GetTimestamp();
    private TimeSpan _cpu = Environment.CpuUsage.TotalTime;

    private UseCasePhases(string operation)
    {
        _operation = operation;
        _outer = Ambient.Value;
        _run = UseCaseTelemetry.Source.StartActivity(operation);
        Ambient.Value = this;
    }

    /// <summary>The run in progress on this flow, if any (none during a feasibility check).</summary>
    public static UseCasePhases? Current => Ambient.Value;

    /// <summary>Starts timing a run, e.g. <c>draw.prepare</c>; dispose it when the run ends.</summary>
    public static UseCasePhases Start(string operation) => new(operation);

    /// <summary>Ends a phase: the time since the previous mark (or the start), which it also returns.</summary>
    public TimeSpan Mark(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        var elapsed = Stopwatch.GetElapsedTime(_phaseStart, now);
        Record(phase, elapsed, _phaseStartUtc, cpu - _cpu, concurrent: false);
        _cpu = cpu;
        _phaseStart = now;
        _phaseStartUtc = DateTime.UtcNow;
        return elapsed;
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
        UseCaseTelemetry.PhaseDuration.Record(
            elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("operation", _operation), new KeyValuePair<string, object?>(UseCaseTelemetry.PhaseTag, phase));
        if (_run is null)
        {
            return;
        }

        using var span = UseCaseTelemetry.Source.StartActivity(phase, ActivityKind.Internal, _run.Context, startTime: startUtc);
        if (span is null)
        {
            return;
        }

        span.SetTag(UseCaseTelemetry.PhaseTag, phase);
        span.SetTag(UseCaseTelemetry.ConcurrentTag, concurrent);
        if (processCpu is { } cpu)
        {
            span.SetTag(UseCaseTelemetry.ProcessCpuTag, cpu.TotalMilliseconds);
        }

        span.SetEndTime(startUtc + elapsed);
    }
}
