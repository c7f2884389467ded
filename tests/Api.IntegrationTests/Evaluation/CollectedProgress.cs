using DoubleRandom.Application.Evaluation;

namespace DoubleRandom.Api.IntegrationTests.Evaluation;

/// <summary>Collects progress reports as they are made (Progress&lt;T&gt; would post them later).</summary>
internal sealed class CollectedProgress(List<EvaluationProgress> into) : IProgress<EvaluationProgress>
{
    public void Report(EvaluationProgress value) => into.Add(value);
}
