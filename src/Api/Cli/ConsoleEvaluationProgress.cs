using System.Globalization;
using DoubleRandom.Application.Evaluation;

namespace DoubleRandom.Api.Cli;

/// <summary>A report generation's progress on the console: a line when the stage or the percent changes.</summary>
internal sealed class ConsoleEvaluationProgress(TextWriter output) : IProgress<EvaluationProgress>
{
    private readonly Lock _gate = new();
    private EvaluationProgress? _last;

    public void Report(EvaluationProgress value)
    {
        lock (_gate)
        {
            if (_last == value)
            {
                return;
            }

            _last = value;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{value.Stage}] {value.Percent}%"));
        }
    }
}
