using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DoubleRandom.Application.Common.Telemetry;

/// <summary>
/// Where a long use case's time goes, for production tracing and for the benchmarks alike: one <see cref="ActivitySource"/>
/// span per run (<c>draw.prepare</c>, <c>draw.execute</c>, <c>import.targets</c>) with a child span per phase, and a
/// histogram of phase durations. Listen with OpenTelemetry (source and meter <see cref="Name"/>) or an <see cref="ActivityListener"/>.
/// </summary>
public static class UseCaseTelemetry
{
    public const string Name = "DoubleRandom.UseCases";

    /// <summary>The tag naming a phase span's phase.</summary>
    public const string PhaseTag = "phase";

    /// <summary>The tag of a phase span: CPU milliseconds the whole process used meanwhile (absent for a concurrent phase).</summary>
    public const string ProcessCpuTag = "process.cpu.ms";

    /// <summary>The tag of a phase span that ran alongside the phases around it (not part of their sum).</summary>
    public const string ConcurrentTag = "phase.concurrent";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Histogram<double> PhaseDuration = Meter.CreateHistogram<double>(
        "doublerandom.usecase.phase.duration", "ms", "Wall-clock time of one phase of a long use case (prepare or execute a draw, import targets).");
}
