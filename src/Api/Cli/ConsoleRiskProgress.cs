using System.Globalization;
using DoubleRandom.Application.Risk.Training;

namespace DoubleRandom.Api.Cli;

/// <summary>A risk job's progress on the console: a line when the stage changes, and at most one a second within a stage.</summary>
internal sealed class ConsoleRiskProgress(TextWriter output, TimeProvider clock) : IProgress<RiskJobProgress>
{
    private readonly Lock _gate = new();
    private RiskJobStage? _stage;
    private DateTimeOffset _written = DateTimeOffset.MinValue;

    public void Report(RiskJobProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (value.Stage == _stage && now - _written < TimeSpan.FromSeconds(1))
            {
                return;
            }

            _stage = value.Stage;
            _written = now;
            var total = value.RowsTotal is { } t ? "/" + t.ToString("N0", CultureInfo.InvariantCulture) : string.Empty;
            output.WriteLine($"[{value.Stage}] {value.RowsDone.ToString("N0", CultureInfo.InvariantCulture)}{total}");
        }
    }
}
