namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>Reads a report's facts with EF (both providers); see <see cref="IEvaluationFactSource"/>.</summary>
public sealed class EvaluationFactSource : IEvaluationFactSource
{
    public Task<EvaluationFacts> ReadAsync(EvaluationRequest request, IProgress<EvaluationProgress>? progress, CancellationToken ct) =>
        throw new NotImplementedException("i17-facts");
}
