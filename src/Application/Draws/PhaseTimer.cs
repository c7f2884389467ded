using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DoubleRandom.Application.Draws;

/// <summary>
/// Milliseconds per phase of a long use case (prepare, execute), logged as one line so a slow draw shows where its time
/// went. Scoped: whoever sent the command in the same scope (the <c>bench-draw</c> command) can read the phases back.
/// </summary>
public sealed class PhaseTimer
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<Phase> _phases = [];
    private TimeSpan _cpu = Environment.CpuUsage.TotalTime;

    /// <summary>
    /// One phase: its name, its wall-clock time, the CPU time the whole process used meanwhile (all threads, so a
    /// parallel phase can use more CPU than wall time; null for a concurrent phase), and whether it ran alongside the
    /// phases around it.
    /// </summary>
    public sealed record Phase(string Name, TimeSpan Elapsed, TimeSpan? ProcessCpu, bool Concurrent);

    public IReadOnlyList<Phase> Phases => _phases;

    /// <summary>Forgets earlier phases and starts timing from now.</summary>
    public void Restart()
    {
        _phases.Clear();
        _watch.Restart();
        _cpu = Environment.CpuUsage.TotalTime;
    }

    /// <summary>Ends a phase: the time since the previous mark.</summary>
    public void Mark(string phase)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        _phases.Add(new Phase(phase, _watch.Elapsed, cpu - _cpu, false));
        _cpu = cpu;
        _watch.Restart();
    }

    /// <summary>Records a phase that ran concurrently with the marked ones (not part of their sum).</summary>
    public void Note(string phase, TimeSpan elapsed) => _phases.Add(new Phase(phase, elapsed, null, true));

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var p in _phases)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(p.Concurrent ? "∥ " : string.Empty)}{p.Name} {p.Elapsed.TotalMilliseconds:0} ms; ");
        }

        return text.ToString();
    }
}
