using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Facts;

namespace DoubleRandom.Api.IntegrationTests.Evaluation;

/// <summary>A fact source that reports it started reading and then waits until the job is cancelled (a long read).</summary>
internal sealed class BlockingFactSource : IEvaluationFactSource
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<EvaluationFacts> ReadAsync(EvaluationRequest request, IProgress<EvaluationProgress>? progress, CancellationToken ct)
    {
        progress?.Report(new("Reading", 10));
        Started.TrySetResult();
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("not reached");
    }
}
