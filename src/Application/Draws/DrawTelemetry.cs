using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DoubleRandom.Application.Draws;

/// <summary>
/// Where a draw's time goes, for production tracing and for the benchmark alike: one <see cref="ActivitySource"/> span
/// per use case run (<c>draw.prepare</c>, <c>draw.execute</c>) with a child span per phase, and a histogram of phase
/// durations. Listen with OpenTelemetry (source and meter <see cref="Name"/>) or an <see cref="ActivityListener"/>.
/// </summary>
public static class DrawTelemetry
{
    public const string Name = "DoubleRandom.Draws";

    /// <summary>The tag naming a phase span's phase.</summary>
    public const string PhaseTag = "draw.phase";

    /// <summary>The tag of a phase span: CPU milliseconds the whole process used meanwhile (absent for a concurrent phase).</summary>
    public const string ProcessCpuTag = "process.cpu.ms";

    /// <summary>The tag of a phase span that ran alongside the phases around it (not part of their sum).</summary>
    public const string ConcurrentTag = "draw.phase.concurrent";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Histogram<double> PhaseDuration = Meter.CreateHistogram<double>(
        "doublerandom.draw.phase.duration", "ms", "Wall-clock time of one phase of preparing or executing a draw.");
}
