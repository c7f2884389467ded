using DoubleRandom.Application.Evaluation;

namespace DoubleRandom.EvaluationBench;

/// <summary>Notes each progress report as it is made (when each stage of the read ended).</summary>
internal sealed class StageClock(Action<EvaluationProgress> report) : IProgress<EvaluationProgress>
{
    public void Report(EvaluationProgress value) => report(value);
}
