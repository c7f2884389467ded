using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DoubleRandom.Application.Draws;

/// <summary>Milliseconds per phase of a long use case, logged as one line so a slow draw shows where its time went.</summary>
public sealed class PhaseTimer
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly StringBuilder _phases = new();

    public void Mark(string phase)
    {
        _phases.Append(CultureInfo.InvariantCulture, $"{phase} {_watch.Elapsed.TotalMilliseconds:0} ms; ");
        _watch.Restart();
    }

    public override string ToString() => _phases.ToString();
}
